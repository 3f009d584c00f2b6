import TrustsiteEscaping

/// Marks the first use of each glossary abbreviation on a page with `<abbr title="...">`, in the
/// page's text only: never inside a tag, a link's address, a heading, code or an existing `<abbr>`.
struct AbbreviationMarkup: Sendable {
    /// Abbreviations and what they stand for, HTML-escaped, longest first so "SENCO" wins over "SEN".
    let entries: [(term: [UInt8], title: String)]
    /// The terms, each with its first place in `entries` (a term listed twice uses its first entry).
    private let terms: ByteTrie

    init(_ glossary: Glossary?) {
        entries = (glossary?.abbreviations ?? []).compactMap { entry in
            guard let standsFor = entry.standsFor, !entry.term.isEmpty else { return nil }
            return (Array(entry.term.utf8), HTMLEscaping.escape(standsFor))
        }.sorted { $0.term.count > $1.term.count }
        var terms = ByteTrie()
        for (index, entry) in entries.enumerated() { terms.insert(entry.term, value: index) }
        self.terms = terms
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Elements whose text is left alone.
    private static let skipped: [[UInt8]] = [
        "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "abbr", "script", "style", "title", "button", "label",
        "option", "textarea", "svg",
    ].map { Array($0.utf8) }

    func mark(_ html: String) -> String {
        guard !entries.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 256)
        var used = Set<Int>()
        var skipDepth = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                // Copy the whole tag, noting whether it opens or closes an element whose text is skipped.
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                let tag = bytes[index..<min(end + 1, bytes.count)]
                let closing = tag.count > 1 && tag[tag.startIndex + 1] == UInt8(ascii: "/")
                let nameStart = tag.startIndex + (closing ? 2 : 1)
                var nameEnd = nameStart
                while nameEnd < tag.endIndex,
                    (0x61...0x7A).contains(tag[nameEnd] | 0x20) || (0x30...0x39).contains(tag[nameEnd])
                {
                    nameEnd += 1
                }
                let name = Array(tag[nameStart..<nameEnd]).map { $0 | 0x20 }
                if Self.skipped.contains(name) {
                    skipDepth = max(0, skipDepth + (closing ? -1 : 1))
                }
                output.append(contentsOf: tag)
                index = end + 1
                continue
            }
            if skipDepth == 0, let (entryIndex, length) = match(at: index, in: bytes), !used.contains(entryIndex) {
                used.insert(entryIndex)
                output.append(contentsOf: Array("<abbr title=\"\(entries[entryIndex].title)\">".utf8))
                output.append(contentsOf: bytes[index..<index + length])
                output.append(contentsOf: Array("</abbr>".utf8))
                index += length
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The longest abbreviation starting at `index` as a whole word, if any.
    private func match(at index: Int, in bytes: [UInt8]) -> (Int, Int)? {
        if index > 0, Self.isWordByte(bytes[index - 1]) { return nil }
        var longest: (Int, Int)?
        terms.forEachKey(in: bytes, at: index) { entryIndex, length in
            let after = index + length
            if after >= bytes.count || !Self.isWordByte(bytes[after]) { longest = (entryIndex, length) }
            return true
        }
        return longest
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }
}
