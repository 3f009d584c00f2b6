/// Reads the frames a page sends from the bytes received so far, refusing a frame as soon as its
/// header announces more than `maxPayload` bytes (close code 1009), before any of it is read: a
/// frame may announce up to 2^63 bytes, and a reader that trusts that grows without bound.
struct WebSocketFrameReader {
    enum Outcome: Equatable {
        /// Not a whole frame yet: read more.
        case needMore
        /// A frame, unmasked, and how many bytes it took.
        case frame(WebSocketFrame, consumed: Int)
        /// The connection must close with this code (RFC 6455, 7.4.1).
        case fail(code: UInt16, reason: String)
    }

    static let protocolError: UInt16 = 1002
    static let tooBig: UInt16 = 1009

    let maxPayload: Int

    func next(in bytes: ArraySlice<UInt8>) -> Outcome {
        let start = bytes.startIndex
        guard bytes.count >= 2 else { return .needMore }
        let first = bytes[start]
        let second = bytes[start + 1]
        guard first & 0x70 == 0 else { return .fail(code: Self.protocolError, reason: "reserved bits set") }
        guard let opcode = WebSocketFrame.Opcode(rawValue: first & 0x0F) else {
            return .fail(code: Self.protocolError, reason: "unknown opcode")
        }
        let fin = first & 0x80 != 0
        // Frames from a browser are always masked (RFC 6455, 5.1).
        guard second & 0x80 != 0 else { return .fail(code: Self.protocolError, reason: "unmasked frame") }
        var headerLength = 2
        var length = UInt64(second & 0x7F)
        if length == 126 || length == 127 {
            let extra = length == 126 ? 2 : 8
            guard bytes.count >= 2 + extra else { return .needMore }
            length = bytes[(start + 2)..<(start + 2 + extra)].reduce(0) { $0 << 8 | UInt64($1) }
            headerLength += extra
        }
        if opcode.isControl, length > 125 || !fin {
            return .fail(code: Self.protocolError, reason: "control frames are short and unfragmented")
        }
        guard length <= UInt64(maxPayload) else {
            return .fail(code: Self.tooBig, reason: "a frame of \(length) bytes; the limit is \(maxPayload)")
        }
        let payloadLength = Int(length)
        let total = headerLength + 4 + payloadLength
        guard bytes.count >= total else { return .needMore }
        let mask = bytes[(start + headerLength)..<(start + headerLength + 4)]
        let masked = bytes[(start + headerLength + 4)..<(start + total)]
        let payload = masked.enumerated().map { $0.element ^ mask[mask.startIndex + $0.offset % 4] }
        return .frame(WebSocketFrame(fin: fin, opcode: opcode, payload: payload), consumed: total)
    }
}
