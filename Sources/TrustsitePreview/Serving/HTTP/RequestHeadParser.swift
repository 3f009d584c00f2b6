/// Reads a request head from the bytes of a connection as they arrive, within `HTTPLimits`.
///
/// Each call looks only at bytes it has not seen before, so a head costs time in proportion to
/// its length however it is split into reads; and it gives up as soon as a line or the head is
/// longer than allowed, so a client sending a megabyte without a line break is refused after
/// 8 KB (an unbounded line reader that searches its whole buffer after every read takes minutes
/// of CPU on such a line).
struct RequestHeadParser {
    enum Outcome: Equatable {
        /// The head is not complete; read more and call again with everything received so far.
        case needMore
        /// The head, and how many bytes it took (what follows is the body, or the next request).
        case complete(RequestHead, consumed: Int)
        case refused(HTTPRefusal)
    }

    let limits: HTTPLimits
    /// Bytes already searched for a line break.
    private var scanned = 0
    /// Where the line being read starts.
    private var lineStart = 0
    private var requestLine: (method: String, target: String, version: String)?
    private var fields: [HeaderField] = []

    init(limits: HTTPLimits = .standard) {
        self.limits = limits
    }

    /// Reads on from where the last call stopped. `bytes` is everything received for this head so
    /// far (the same bytes as before, with more after them).
    mutating func parse(_ bytes: [UInt8]) -> Outcome {
        while let lineFeed = bytes[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
            scanned = lineFeed + 1
            var end = lineFeed
            if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let line = bytes[lineStart..<end]
            lineStart = lineFeed + 1
            if let refusal = tooLong(line.count, total: lineFeed + 1) { return .refused(refusal) }
            if let (method, target, version) = requestLine {
                if line.isEmpty {
                    let head = RequestHead(method: method, target: target, version: version, fields: fields)
                    return .complete(head, consumed: lineFeed + 1)
                }
                switch Self.field(line) {
                case .success(let field):
                    fields.append(field)
                    if fields.count > limits.headerCount {
                        return .refused(
                            HTTPRefusal(431, "a request may have at most \(limits.headerCount) header lines."))
                    }
                case .failure(let refusal):
                    return .refused(refusal)
                }
            } else if !line.isEmpty {
                // Empty lines before the request line are ignored (RFC 9112, 2.2).
                switch Self.requestLine(line) {
                case .success(let parts): requestLine = parts
                case .failure(let refusal): return .refused(refusal)
                }
            }
        }
        scanned = bytes.count
        // A CR last may be the first half of the line's CRLF, not part of the line: the limit is the
        // same however the bytes arrive.
        let pending = bytes.count - lineStart - (bytes.last == UInt8(ascii: "\r") ? 1 : 0)
        if let refusal = tooLong(pending, total: bytes.count) { return .refused(refusal) }
        return .needMore
    }

    /// A refusal if the line being read, or the head so far, is over its limit.
    private func tooLong(_ lineLength: Int, total: Int) -> HTTPRefusal? {
        if requestLine == nil, lineLength > limits.requestLine {
            return HTTPRefusal(414, "the request line is longer than \(limits.requestLine / 1024) KB.")
        }
        if requestLine != nil, lineLength > limits.headerLine {
            return HTTPRefusal(431, "a header line is longer than \(limits.headerLine / 1024) KB.")
        }
        if total > limits.head {
            return HTTPRefusal(431, "the request's headers are larger than \(limits.head / 1024) KB in all.")
        }
        return nil
    }

    /// `GET /path HTTP/1.1`: three parts separated by single spaces (RFC 9112, 3).
    private static func requestLine(
        _ line: ArraySlice<UInt8>
    ) -> Result<(method: String, target: String, version: String), HTTPRefusal> {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte),
            !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return .failure(HTTPRefusal(400, "the request line is not `METHOD /path HTTP/1.1`.")) }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            if version.hasPrefix("HTTP/"), version.count == 8 {
                return .failure(HTTPRefusal(505, "the preview speaks HTTP/1.1 and HTTP/1.0 only."))
            }
            return .failure(HTTPRefusal(400, "the request line is not `METHOD /path HTTP/1.1`."))
        }
        return .success((String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), version))
    }

    /// `Name: value`; no space before the colon, no line folding, no control characters (RFC 9112, 5).
    private static func field(_ line: ArraySlice<UInt8>) -> Result<HeaderField, HTTPRefusal> {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
            line[line.startIndex..<colon].allSatisfy(isTokenByte)
        else { return .failure(HTTPRefusal(400, "a header line is not `Name: value`.")) }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard value.allSatisfy({ ($0 >= 0x20 && $0 != 0x7F) || $0 == 0x09 }) else {
            return .failure(HTTPRefusal(400, "a header value holds a control character."))
        }
        return .success(
            HeaderField(
                name: String(decoding: line[line.startIndex..<colon], as: UTF8.self),
                value: String(decoding: value, as: UTF8.self)))
    }

    /// The characters of a method or header name (RFC 9110, 5.6.2).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
