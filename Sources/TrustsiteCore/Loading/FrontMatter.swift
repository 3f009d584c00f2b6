/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
struct FrontMatter: Sendable {
    /// The YAML text, empty when the file has none.
    let yaml: String
    let body: String
    /// Lines above the body, so positions in the body can be reported as lines of the file.
    let bodyLineOffset: Int
    /// Line of the file where the YAML starts (the line after the opening `---`).
    let yamlFirstLine: Int

    enum SplitError: Error {
        /// The file opens with `---` but no closing `---` line follows.
        case unclosed
    }

    static func split(_ text: String) throws(SplitError) -> FrontMatter {
        guard text.hasPrefix("---\n") || text == "---" else {
            return FrontMatter(yaml: "", body: text, bodyLineOffset: 0, yamlFirstLine: 1)
        }
        // Scan lines as bytes for the closing `---` (or `...`): front matter is read for every page.
        let bytes = Array(text.utf8)
        var lineStart = 4
        var line = 2
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let length = lineEnd - lineStart
            if length == 3,
                bytes[lineStart..<lineEnd].elementsEqual("---".utf8)
                    || bytes[lineStart..<lineEnd].elementsEqual("...".utf8)
            {
                let yaml = String(decoding: bytes[4..<max(4, lineStart - 1)], as: UTF8.self)
                let body = lineEnd < bytes.count ? String(decoding: bytes[(lineEnd + 1)...], as: UTF8.self) : ""
                return FrontMatter(yaml: lineStart > 4 ? yaml : "", body: body, bodyLineOffset: line, yamlFirstLine: 2)
            }
            lineStart = lineEnd + 1
            line += 1
        }
        throw .unclosed
    }
}
