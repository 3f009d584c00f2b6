import Foundation

/// The rule for file and folder names that become part of a page's address.
///
/// A page's address is its path under `content/` (`content/pages/help/young-carers.md` is
/// `/help/young-carers/`), so a name is refused, with the name to use instead, unless it is made
/// only of the letters A to Z and a to z, the digits 0 to 9, hyphens, underscores and dots. A space,
/// `%`, `#`, `?`, a line break, a control character, an invisible direction mark or an accented
/// letter would otherwise reach links, the sitemap and the feed raw, or as an address that reads
/// differently from how it is stored. Refusing rather than quietly renaming keeps the address the
/// author sees in their folder the one they link to.
enum AddressNames {
    static func isAllowed(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy(isAllowedByte)
    }

    private static func isAllowedByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default: false
        }
    }

    /// The error for the first name in `relativePath` (below `base`) that breaks the rule; nil when every name keeps it.
    static func problem(in relativePath: String, below base: String) -> Diagnostic? {
        let below = relativePath.hasPrefix(base + "/") ? String(relativePath.dropFirst(base.count + 1)) : relativePath
        let names = below.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let index = names.firstIndex(where: { !isAllowed($0) }) else { return nil }
        let name = names[index]
        let isFolder = index < names.count - 1
        let shown = printable(name)
        return Diagnostic(
            .error, at: SourceLocation(file: printable(relativePath)),
            "the \(isFolder ? "folder" : "file") name '\(shown)' becomes part of a web address, and it contains "
                + describe(name) + ", so this \(isFolder ? "folder's files are" : "file is") not published.",
            hint: "Rename it to \(suggestion(for: name)) (names in addresses use only a-z, A-Z, 0-9, "
                + "hyphens, underscores and dots), and link to it by its new name.")
    }

    /// A clean name for `name`: accents dropped, lower case, anything else a single hyphen.
    static func suggestion(for name: String) -> String {
        let (stem, ext) = split(name)
        var result = ""
        var pendingHyphen = false
        for scalar in stem.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.isDefaultIgnorableCodePoint {
                continue
            }
            if scalar.isASCII, isAllowedByte(UInt8(scalar.value)), scalar != "." {
                if pendingHyphen, !result.isEmpty, result.last != "-" { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.isEmpty { result = "page" }
        return result + ext
    }

    /// `name.md` → ("name", ".md"); a folder or a name without a clean extension → (name, "").
    private static func split(_ name: String) -> (String, String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        let ext = String(name[dot...])
        guard ext.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return (name, "") }
        return (String(name[..<dot]), ext)
    }

    /// What is wrong with the name, for a person: "a space", "a line break (U+000A)", ...
    private static func describe(_ name: String) -> String {
        var kinds: [String] = []
        for scalar in name.unicodeScalars where !(scalar.isASCII && isAllowedByte(UInt8(scalar.value))) {
            let kind: String
            switch scalar {
            case " ": kind = "a space"
            case "\n", "\r": kind = "a line break"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                kind = "a control character (\(scalar.code))"
            case _ where TextHazards.isDirectionControl(scalar): kind = "an invisible direction mark (\(scalar.code))"
            case _ where TextHazards.isInvisible(scalar): kind = "an invisible character (\(scalar.code))"
            case _ where !scalar.isASCII: kind = "the character '\(scalar)' (\(scalar.code))"
            default: kind = "'\(scalar)'"
            }
            if !kinds.contains(kind) { kinds.append(kind) }
            if kinds.count == 3 { break }
        }
        return kinds.count > 1
            ? kinds.dropLast().joined(separator: ", ") + " and " + (kinds.last ?? "") : kinds.first ?? "nothing"
    }

    /// The path with control, direction and invisible characters shown as `\u{…}`, so the message
    /// itself cannot be reordered or broken across lines by them.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || TextHazards.isDirectionControl(scalar)
                || TextHazards.isInvisible(scalar)
            {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
