import Foundation

/// The opening handshake of the live-reload WebSocket (RFC 6455, 4.2): the request must come from
/// a page of the preview itself (its `Origin`), and be a well-formed upgrade.
enum WebSocketHandshake {
    /// Where the live-reload script connects.
    static let path = "/__trustsite/live"

    /// The 101 response that opens the socket, or why not.
    static func response(
        to head: RequestHead, policy: HostPolicy, localAddress: String?
    ) -> Result<PreviewResponse, HTTPRefusal> {
        guard policy.allows(origin: head.value("Origin"), localAddress: localAddress) else {
            return .failure(
                HTTPRefusal(
                    403,
                    "the live-reload socket is only for pages of this preview (origin http://127.0.0.1:\(policy.port)), "
                        + "not for \"\(HostPolicy.printable(head.value("Origin") ?? "no origin"))\"."))
        }
        guard head.method == "GET", head.value("Upgrade")?.lowercased() == "websocket",
            head.tokens("Connection").contains("upgrade")
        else {
            return .failure(HTTPRefusal(400, "this address is the preview's live-reload WebSocket, not a page."))
        }
        guard head.value("Sec-WebSocket-Version") == "13" else {
            return .failure(
                HTTPRefusal(
                    426, "the live-reload socket speaks WebSocket version 13.",
                    fields: [HeaderField(name: "Sec-WebSocket-Version", value: "13")]))
        }
        guard let key = head.value("Sec-WebSocket-Key"), Data(base64Encoded: key)?.count == 16 else {
            return .failure(HTTPRefusal(400, "Sec-WebSocket-Key must be 16 bytes in base64."))
        }
        return .success(
            PreviewResponse(
                status: 101,
                fields: [
                    HeaderField(name: "Upgrade", value: "websocket"),
                    HeaderField(name: "Connection", value: "Upgrade"),
                    HeaderField(name: "Sec-WebSocket-Accept", value: acceptValue(for: key)),
                ]))
    }

    /// The key's answer: SHA-1 of the key and the protocol's fixed GUID, in base64.
    static func acceptValue(for key: String) -> String {
        Data(SHA1.digest(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))).base64EncodedString()
    }
}
