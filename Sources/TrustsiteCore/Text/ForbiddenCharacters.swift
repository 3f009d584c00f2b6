/// Characters that no published file may hold: XML 1.0 forbids them (the feed and the sitemap
/// would stop being XML) and the HTML parser reports them as errors.
///
/// They are control characters other than tab, line feed and carriage return (C0, DEL and C1),
/// and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF. None has a use in a page's text, and
/// all are invisible, so they are refused when a file is read, with the line and column.
enum ForbiddenCharacters {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }

    /// The first forbidden character with its line and column (in characters, from 1).
    static func first(in text: String) -> (Unicode.Scalar, line: Int, column: Int)? {
        guard text.utf8.contains(where: mayStartForbidden) else { return nil }
        var line = 1
        var lineStart = text.unicodeScalars.startIndex
        var index = lineStart
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                lineStart = scalars.index(after: index)
            } else if isForbidden(scalar) {
                let column = String(scalars[lineStart..<index]).count + 1
                return (scalar, line, column)
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    /// A byte that can begin a forbidden character: a control byte, or the lead byte of
    /// U+0080–U+00BF (C1), U+F000–U+FFFF (U+FDD0..., U+FFFE) or a supplementary plane.
    private static func mayStartForbidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xEF
            || byte >= 0xF0
    }

    /// "a control character (U+0007)", for a message.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.value <= 0x9F ? "a control character (\(scalar.code))" : "a noncharacter (\(scalar.code))"
    }
}
