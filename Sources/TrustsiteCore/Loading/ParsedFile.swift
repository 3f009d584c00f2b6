import TrustsiteMarkdown
import Yams

/// A file read and parsed: its YAML (front matter or data) and, for Markdown, its rendered body,
/// with what went wrong reading it. The expensive part of loading, so it is what gets cached.
struct ParsedFile: @unchecked Sendable {
    // Yams.Node is a value tree that is never mutated after parsing.
    var node: Node?
    var yamlLineOffset = 0
    var rendered: RenderedMarkdown?
    /// A Markdown file's front matter text, kept so the build cache can store the file parsed
    /// (`StoredParses`) and a later build parse only the YAML again.
    var frontMatter: String?
    var diagnostics: [Diagnostic] = []
    /// The file's text was read (it exists, can be opened and is UTF-8), whether or not it parses.
    var wasRead = false

    static func parse(_ path: String, in context: LoadContext, expected: String, markdown: Bool) -> ParsedFile {
        let log = DiagnosticLog()
        var parsed = parseReporting(path, in: context, expected: expected, markdown: markdown, log: log)
        parsed.diagnostics = log.diagnostics
        return parsed
    }

    /// A Markdown file as the last build parsed it (unchanged since: same content hash): its body
    /// as rendered then, its front matter parsed again, which reports what it reported then.
    static func restore(_ path: String, _ stored: StoredParse) -> ParsedFile {
        let log = DiagnosticLog()
        var parsed = ParsedFile()
        parsed.wasRead = true
        parsed.yamlLineOffset = stored.yamlLineOffset
        parsed.rendered = stored.rendered
        parsed.frontMatter = stored.frontMatter
        parsed.node = YAMLValue.parse(stored.frontMatter, file: path, lineOffset: stored.yamlLineOffset, log: log)?.node
        parsed.diagnostics = log.diagnostics
        return parsed
    }

    private static func parseReporting(
        _ path: String, in context: LoadContext, expected: String, markdown: Bool, log: DiagnosticLog
    ) -> ParsedFile {
        var parsed = ParsedFile()
        let file: SourceFile
        do {
            file = try SourceFile.read(path, in: context.root)
        } catch {
            log.report(error.diagnostic(path: path, expected: expected))
            return parsed
        }
        parsed.wasRead = true
        guard markdown else {
            parsed.node = YAMLValue.parse(file.text, file: path, lineOffset: 0, log: log)?.node
            return parsed
        }
        let split: FrontMatter
        do {
            split = try FrontMatter.split(file.text)
        } catch {
            log.error(
                SourceLocation(file: path, line: 1, column: 1),
                "the front matter starts with `---` but never ends.",
                hint: "Add a line with only `---` after the last front matter key, before the text.")
            return parsed
        }
        parsed.yamlLineOffset = split.yamlFirstLine - 1
        // The text is rendered even when the front matter is malformed: the page is still checked
        // (its headings, links and images) while the front matter waits to be fixed.
        parsed.rendered = context.markdown.render(split.body, lineOffset: split.bodyLineOffset)
        parsed.frontMatter = split.yaml
        parsed.node = YAMLValue.parse(split.yaml, file: path, lineOffset: parsed.yamlLineOffset, log: log)?.node
        return parsed
    }
}

/// Parsed files kept between builds of a preview, so a rebuild re-reads only what changed; for
/// `trustsite build`, seeded with the Markdown files the last build parsed (`StoredParses`).
public final class ParseCache: Sendable {
    private let files = Locked<[String: ParsedFile]>([:])
    /// Markdown files as the last build parsed them, still unchanged, rendered with these options.
    private let stored: [String: StoredParse]
    private let storedOptions: MarkdownOptions?
    /// What the last build kept, as read (see `StoredParses.save`).
    let storedFrom: StoredParses.Loaded

    public init() {
        stored = [:]
        storedOptions = nil
        storedFrom = StoredParses.Loaded()
    }

    init(stored: StoredParses.Loaded) {
        self.stored = stored.files
        storedOptions = stored.options
        storedFrom = stored
    }

    /// The file parsed: kept from an earlier parse, else restored from the last build's (a
    /// Markdown file rendered with the same options), else parsed now by `parse`.
    func parsed(_ path: String, markdown: MarkdownOptions?, orParse parse: () -> ParsedFile) -> ParsedFile {
        if let cached = files.withLock({ $0[path] }) { return cached }
        let parsed: ParsedFile
        if let markdown, markdown == storedOptions, let kept = stored[path] {
            parsed = ParsedFile.restore(path, kept)
        } else {
            parsed = parse()
        }
        files.withLock { $0[path] = parsed }
        return parsed
    }

    /// Forgets these site-relative paths (they changed).
    public func invalidate(_ paths: some Sequence<String>) {
        files.withLock { files in
            for path in paths { files[path] = nil }
        }
    }

    /// Every file parsed (or restored) so far, by site-relative path.
    var all: [String: ParsedFile] { files.withLock { $0 } }

    public func removeAll() {
        files.withLock { $0.removeAll() }
    }
}
