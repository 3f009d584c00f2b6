/// One WebSocket frame (RFC 6455, 5.2): what a page sent, or what the preview sends.
struct WebSocketFrame: Equatable, Sendable {
    enum Opcode: UInt8, Sendable {
        case continuation = 0x0
        case text = 0x1
        case binary = 0x2
        case close = 0x8
        case ping = 0x9
        case pong = 0xA

        var isControl: Bool { rawValue >= 0x8 }
    }

    var fin: Bool
    var opcode: Opcode
    var payload: [UInt8]

    /// `reload 12`: the site was rebuilt.
    static func text(_ text: String) -> WebSocketFrame {
        WebSocketFrame(fin: true, opcode: .text, payload: Array(text.utf8))
    }

    /// A close frame with its status code (1000 normal, 1002 protocol error, 1009 too big).
    static func close(_ code: UInt16) -> WebSocketFrame {
        WebSocketFrame(fin: true, opcode: .close, payload: [UInt8(code >> 8), UInt8(code & 0xFF)])
    }

    /// The frame as a server sends it: unmasked.
    var encoded: [UInt8] {
        var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode.rawValue]
        let count = payload.count
        if count <= 125 {
            bytes.append(UInt8(count))
        } else if count <= Int(UInt16.max) {
            bytes += [126, UInt8(count >> 8), UInt8(count & 0xFF)]
        } else {
            bytes.append(127)
            bytes += stride(from: 56, through: 0, by: -8).map { UInt8(truncatingIfNeeded: UInt64(count) >> UInt64($0)) }
        }
        return bytes + payload
    }
}
