import Foundation

/// A response the preview sends: status, headers and body. `Content-Length` is always the body's
/// length, also for HEAD, where the body itself is left out.
struct PreviewResponse: Sendable {
    var status: Int
    var fields: [HeaderField]
    var body: Data

    init(status: Int, fields: [HeaderField] = [], body: Data = Data()) {
        self.status = status
        self.fields = fields
        self.body = body
    }

    /// A page or file of the site.
    static func ok(_ body: Data, type: String) -> PreviewResponse {
        PreviewResponse(
            status: 200,
            fields: [
                HeaderField(name: "Content-Type", value: type), HeaderField(name: "Cache-Control", value: "no-store"),
            ],
            body: body)
    }

    /// A short explanation in plain text (refusals and errors).
    static func text(status: Int, _ message: String) -> PreviewResponse {
        PreviewResponse(
            status: status,
            fields: [
                HeaderField(name: "Content-Type", value: "text/plain; charset=utf-8"),
                HeaderField(name: "Cache-Control", value: "no-store"),
                HeaderField(name: "X-Content-Type-Options", value: "nosniff"),
            ],
            body: Data(message.utf8))
    }

    /// The bytes to send: the body only when `includingBody` (not for HEAD); `Connection: close`
    /// when the connection ends after this response.
    func encoded(includingBody: Bool, closing: Bool) -> Data {
        var head = "HTTP/1.1 \(status) \(Self.phrase(for: status))\r\n"
        for field in fields {
            head += "\(field.name): \(Self.clean(field.value))\r\n"
        }
        if status != 101 {
            head += "Content-Length: \(body.count)\r\n"
        }
        if closing {
            head += "Connection: close\r\n"
        }
        head += "\r\n"
        var data = Data(head.utf8)
        if includingBody { data.append(body) }
        return data
    }

    /// A header value with any line break removed, so no value can end the head early.
    private static func clean(_ value: String) -> String {
        value.contains(where: { $0 == "\r" || $0 == "\n" }) ? value.filter { $0 != "\r" && $0 != "\n" } : value
    }

    static func phrase(for status: Int) -> String {
        switch status {
        case 101: "Switching Protocols"
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 421: "Misdirected Request"
        case 426: "Upgrade Required"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
