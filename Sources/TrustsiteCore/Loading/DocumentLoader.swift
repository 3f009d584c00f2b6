/// Reads a Markdown file: its front matter as a mapping, its body rendered, and the keys every
/// page may have (`title`, `description`, `updated`, `covers`).
///
/// A file that cannot be read or parsed is reported and still loaded, as a stand-in: its text (if
/// the front matter alone is malformed) with a front matter that has nothing in it and counts every
/// key as reported. So the page keeps its address (links to it still resolve), its text is still
/// checked, and no rule reports again what the front matter would have said.
struct DocumentLoader {
    let context: LoadContext

    struct Loaded {
        var document: ContentDocument
        /// The front matter, for the page type's own keys. Call `reportUnknownKeys()` when done.
        var frontMatter: YAMLMapping

        /// The document with its front matter's places as they are now, noting every key reported
        /// so far: take it once the loader has read every key its model needs.
        var finishedDocument: ContentDocument {
            var finished = document
            finished.places = frontMatter.places
            return finished
        }
    }

    func load(_ path: String, expected: String) -> Loaded {
        let parsed = context.parse(path, expected: expected, markdown: true)
        for diagnostic in parsed.diagnostics { context.reportOnce(diagnostic) }
        context.noteRead(path, parsed)
        let frontMatter =
            parsed.node.flatMap {
                YAMLValue(node: $0, file: path, lineOffset: parsed.yamlLineOffset, keyPath: "", log: context.log)
                    .mapping()
            } ?? YAMLMapping(standInFor: path, log: context.log)
        let document = ContentDocument(
            path: path,
            title: frontMatter.string("title"),
            description: frontMatter.string("description"),
            updated: frontMatter.day("updated"),
            covers: frontMatter.strings("covers") ?? [],
            coversLocation: frontMatter.value("covers")?.location,
            rendered: parsed.rendered ?? context.markdown.render("", lineOffset: 0),
            places: frontMatter.places
        )
        return Loaded(document: document, frontMatter: frontMatter)
    }

    /// Reads a `.yml` data file as a mapping: a stand-in (`isStandIn`) when it cannot be read.
    func loadData(_ path: String, expected: String) -> YAMLMapping {
        let parsed = context.parse(path, expected: expected, markdown: false)
        for diagnostic in parsed.diagnostics { context.reportOnce(diagnostic) }
        context.noteRead(path, parsed)
        return parsed.node.flatMap {
            YAMLValue(node: $0, file: path, lineOffset: 0, keyPath: "", log: context.log).mapping()
        } ?? YAMLMapping(standInFor: path, log: context.log)
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
