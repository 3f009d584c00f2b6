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
        let log = context.log
        let file: SourceFile
        do {
            file = try SourceFile.read(path, in: context.root)
        } catch {
            log.report(error.diagnostic(path: path, expected: expected))
            return nil
        }
        let split: FrontMatter
        do {
            split = try FrontMatter.split(file.text)
        } catch {
            log.error(SourceLocation(file: path, line: 1, column: 1),
                "the front matter starts with `---` but never ends.",
                hint: "Add a line with only `---` after the last front matter key, before the text.")
            return nil
        }
        guard let yaml = YAMLValue.parse(split.yaml, file: path, lineOffset: split.yamlFirstLine - 1, log: log),
            let frontMatter = yaml.mapping()
        else { return nil }
        let rendered = context.markdown.render(split.body, lineOffset: split.bodyLineOffset)
        let document = ContentDocument(
            path: path,
            title: frontMatter.string("title"),
            description: frontMatter.string("description"),
            updated: frontMatter.day("updated"),
            covers: frontMatter.strings("covers") ?? [],
            coversLocation: frontMatter.value("covers")?.location,
            rendered: rendered
        )
        return Loaded(document: document, frontMatter: frontMatter)
    }

    /// Reads a `.yml` data file as a mapping.
    func loadData(_ path: String, expected: String) -> YAMLMapping? {
        let file: SourceFile
        do {
            file = try SourceFile.read(path, in: context.root)
        } catch {
            context.log.report(error.diagnostic(path: path, expected: expected))
            return nil
        }
        return YAMLValue.parse(file.text, file: path, lineOffset: 0, log: context.log)?.mapping()
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
