/// Reads free pages: every Markdown file under `content/pages/`, at any depth.
struct PagesLoader {
    static let folder = "content/pages"
    let context: LoadContext

    func load() -> [FreePage] {
        let loader = DocumentLoader(context: context)
        return context.markdownFiles(in: Self.folder, recursive: true).map { path in
            let loaded = loader.load(path, expected: "a page.")
            defer { loaded.frontMatter.reportUnknownKeys() }
            // A page without a title keeps its address (links to it still work): its file name stands in.
            let title =
                loaded.document.title
                ?? {
                    loaded.frontMatter.missing(
                        "title", example: "title: About the Children's Trust",
                        why: "Every page needs a title: it is the page's heading and its name in search results.")
                    return path.fileStem
                }()
            return FreePage(url: Self.url(for: path), document: loaded.document, title: title)
        }
    }

    /// `content/pages/help/glossary.md` → `/glossary/`; `content/pages/help/index.md` → `/help/`.
    static func url(for path: String) -> String {
        var relative = String(path.dropFirst(folder.count + 1).dropLast(3))
        if relative == "index" { relative = "" }
        if relative.hasSuffix("/index") { relative = String(relative.dropLast(6)) }
        return relative.isEmpty ? "/" : "/" + relative + "/"
    }
}
