import TrustsiteMarkdown

/// Whether text is an email address people can write to, as a `mailto:` link needs it.
///
/// Deliberately plain (one `@`, a name before it, a domain with a dot after it): the aim is to catch
/// "TBC", a missing `@` or a stray space, not to implement RFC 5322, whose quoted forms no council
/// publishes.
enum EmailAddress {
    /// What is wrong with `text` as an email address, for a message; nil when it is one.
    static func problem(_ text: String) -> String? {
        let address = text.trimmedWhitespace
        if address.lowercased().hasPrefix("mailto:") { return "write the address without `mailto:`" }
        if let space = address.first(where: \.isWhitespace) {
            return space == " " ? "it contains a space" : "it contains a blank character"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "it has no @" : "it has more than one @" }
        let (name, domain) = (parts[0], parts[1])
        if name.isEmpty { return "there is nothing before the @" }
        if let bad = name.first(where: { "()<>[],;:\"\\".contains($0) }) { return "it contains '\(bad)'" }
        if name.hasPrefix(".") || name.hasSuffix(".") || name.contains("..") {
            return "the part before the @ has a misplaced dot"
        }
        return WebAddress.hostProblem(String(domain)).map { "the part after the @ \($0)" }
    }
}
