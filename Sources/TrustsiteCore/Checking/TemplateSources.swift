/// The theme's templates as text, so a finding about a link a template writes (or leaves out) can
/// name the template and the line.
public struct TemplateSources: Sendable {
    struct Source: Sendable {
        /// The path as the author knows it: `templates/layout.mustache`, theirs or the default theme's.
        var file: String
        var lines: [Substring]
    }

    /// By template name (`layout`, `service`).
    private let sources: [String: Source]

    init(_ sources: [String: Source] = [:]) {
        self.sources = sources
    }

    /// No templates known: findings name the templates folder.
    public static let none = TemplateSources()

    /// The file of the template `name`.
    func location(of name: String) -> SourceLocation? {
        sources[name].map { SourceLocation(file: $0.file) }
    }

    /// Whether any template writes the address `path` in quotes (`src="/logo.png"`, `href='/logo.png'`).
    func mentions(_ path: String) -> Bool {
        let quoted = ["\"\(path)", "'\(path)"]
        return sources.values.contains { source in
            source.lines.contains { line in quoted.contains { line.contains($0) } }
        }
    }

    /// Where a template writes `href="<path>"` (or `<path>#...`), the first such line by template
    /// name; nil when no template writes it as it is (a link built from a value, `{{url}}`).
    func location(ofLink path: String) -> SourceLocation? {
        let quoted = ["href=\"\(path)\"", "href=\"\(path)#", "href='\(path)'"]
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            for (index, line) in source.lines.enumerated() {
                guard let found = quoted.lazy.compactMap({ line.range(of: $0) }).first else { continue }
                let column = line.distance(from: line.startIndex, to: found.lowerBound) + 1
                return SourceLocation(file: source.file, line: index + 1, column: column)
            }
        }
        return nil
    }
}
