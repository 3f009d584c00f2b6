/// Escaping for text placed in HTML or XML, in element content or in a quoted attribute.
///
/// It works on UTF-8 bytes, never on `Character`s: Swift joins a combining mark to the quote before
/// it (`"` + U+0301 is one `Character`, not equal to `"`) and a prepended mark such as U+0600 to
/// the `<` after it, so an escaper that compares `Character`s lets those quotes and brackets through
/// raw, and a browser, which reads code points, sees a real `"` or `<`.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            result.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        } ?? text
    }

    /// The five ASCII bytes that end text or an attribute value; no byte of a multi-byte UTF-8
    /// sequence is below 0x80, so a byte match is always the character itself.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
