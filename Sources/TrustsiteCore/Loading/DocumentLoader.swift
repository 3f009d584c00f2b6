/// Reads a Markdown file: its front matter as a mapping, its body rendered, and the keys every
/// page may have (`title`, `description`, `updated`, `covers`).
struct DocumentLoader {
    let context: LoadContext

    struct Loaded {
        var document: ContentDocument
        /// The front matter, for the page type's own keys. Call `reportUnknownKeys()` when done.
        var frontMatter: YAMLMapping
    }

    func load(_ path: String, expected: String) -> Loaded? {
        let parsed = context.parse(path, expected: expected, markdown: true)
        for diagnostic in parsed.diagnostics { context.reportOnce(diagnostic) }
        guard let node = parsed.node, let rendered = parsed.rendered,
            let frontMatter = YAMLValue(
                node: node, file: path, lineOffset: parsed.yamlLineOffset, keyPath: "", log: context.log
            )
            .mapping()
        else { return nil }
        let document = ContentDocument(
            path: path,
            title: frontMatter.string("title"),
            description: frontMatter.string("description"),
            updated: frontMatter.day("updated"),
            covers: frontMatter.strings("covers") ?? [],
            coversLocation: frontMatter.value("covers")?.location,
            rendered: rendered,
            fields: frontMatter.fieldLocations
        )
        return Loaded(document: document, frontMatter: frontMatter)
    }

    /// Reads a `.yml` data file as a mapping.
    func loadData(_ path: String, expected: String) -> YAMLMapping? {
        let parsed = context.parse(path, expected: expected, markdown: false)
        for diagnostic in parsed.diagnostics { context.reportOnce(diagnostic) }
        guard let node = parsed.node else { return nil }
        return YAMLValue(node: node, file: path, lineOffset: 0, keyPath: "", log: context.log).mapping()
    }
}

extension String {
    /// The file name without folders or extension: `content/offer/services/hub.md` → `hub`.
    var fileStem: String {
        let name = split(separator: "/").last.map(String.init) ?? self
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
