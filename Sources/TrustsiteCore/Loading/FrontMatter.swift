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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: { $0 == "---" || $0 == "..." }) else { throw .unclosed }
        let yaml = lines[..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, body: body, bodyLineOffset: closing + 2, yamlFirstLine: 2)
    }
}
