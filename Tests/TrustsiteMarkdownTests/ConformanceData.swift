import Foundation
import Testing

/// One example of a spec file: the Markdown, the HTML cmark-gfm is expected to produce, and
/// where it comes from, so a failure can be named ("Tables (extension), example 201").
struct ConformanceExample: Sendable, CustomTestStringConvertible {
    /// The file's name, `gfm-spec.txt` or `gfm-extensions.txt`.
    let file: String
    /// 1-based, counted over every example of the file (as the spec's own numbering does).
    let number: Int
    /// The nearest `#` heading above the example.
    let section: String
    /// The words after `example` on the opening line (`table`, `autolink`, `disabled`, ...).
    let labels: [String]
    /// The line of the opening fence in the file.
    let line: Int
    let markdown: String
    let html: String
    /// Set only on the stand-in example returned when the file could not be read or parsed, so a
    /// parameterised test over the examples fails instead of running over nothing.
    let loadFailure: String?

    var testDescription: String {
        loadFailure == nil ? "\(section), example \(number)" : "\(file) could not be loaded"
    }
}

/// Reads the conformance files kept in the repository (`Tests/Fixtures/conformance/`, whose README
/// gives their origin and licences) in the format described by their README: an example opens with a line of 32
/// backticks followed by ` example` (and, in some, more words), holds the Markdown, a line with a
/// single `.`, the expected HTML, and closes with a line of 32 backticks. `→` stands for a tab.
enum ConformanceData {
    static let fence = String(repeating: "`", count: 32)

    /// The package root, derived from this file's place: Tests/TrustsiteMarkdownTests/<file>.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TrustsiteMarkdownTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static let directory: URL =
        packageRoot
        .appendingPathComponent("Tests/Fixtures/conformance", isDirectory: true).standardizedFileURL

    static let spec: [ConformanceExample] = load("gfm-spec.txt")
    static let extensions: [ConformanceExample] = load("gfm-extensions.txt")

    /// The examples of `name`, or a single stand-in carrying the reason they could not be read.
    static func load(_ name: String) -> [ConformanceExample] {
        do {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw LoadError(
                    "\(url.path) does not exist. The Markdown conformance suite reads "
                        + "Tests/Fixtures/conformance/ in the package root (\(packageRoot.path)).")
            }
            let text = try String(contentsOf: url, encoding: .utf8)
            let examples = try parse(text, file: name)
            guard !examples.isEmpty else { throw LoadError("\(url.path) holds no examples.") }
            return examples
        } catch {
            let reason = (error as? LoadError)?.message ?? "\(name): \(error)"
            return [
                ConformanceExample(
                    file: name, number: 0, section: "", labels: [], line: 0, markdown: "", html: "",
                    loadFailure: reason)
            ]
        }
    }

    struct LoadError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// Splits a spec file into its examples. Headings are tracked only outside examples, since
    /// many examples hold `#` lines of their own.
    static func parse(_ text: String, file: String) throws -> [ConformanceExample] {
        enum State { case prose, markdown, html }
        var state = State.prose
        var section = ""
        var labels: [String] = []
        var openingLine = 0
        var markdown: [Substring] = []
        var html: [Substring] = []
        var examples: [ConformanceExample] = []

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            switch state {
            case .prose:
                if line.hasPrefix(fence + " example") {
                    let words = line.dropFirst(fence.count).split(separator: " ").map(String.init)
                    guard words.first == "example" else { continue }
                    labels = Array(words.dropFirst())
                    openingLine = index + 1
                    markdown = []
                    html = []
                    state = .markdown
                } else if let heading = headingText(line) {
                    section = heading
                }
            case .markdown:
                if line == "." {
                    state = .html
                } else if line == fence {
                    throw LoadError("\(file):\(openingLine): example closed before its `.` line.")
                } else {
                    markdown.append(line)
                }
            case .html:
                if line == fence {
                    examples.append(
                        ConformanceExample(
                            file: file, number: examples.count + 1, section: section, labels: labels,
                            line: openingLine, markdown: joined(markdown), html: joined(html), loadFailure: nil))
                    state = .prose
                } else {
                    html.append(line)
                }
            }
        }
        guard state == .prose else { throw LoadError("\(file):\(openingLine): example is never closed.") }
        return examples
    }

    /// `## Tables (extension)` → "Tables (extension)"; nil for anything else.
    private static func headingText(_ line: Substring) -> String? {
        let hashes = line.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return nil }
        return line.dropFirst(hashes.count).trimmingCharacters(in: .whitespaces)
    }

    /// The example's lines, each ending in a newline, with `→` turned back into a tab.
    private static func joined(_ lines: [Substring]) -> String {
        lines.map { $0.replacingOccurrences(of: "→", with: "\t") + "\n" }.joined()
    }
}
