extension PlanLoader {
    /// The plan's themes: `themes/*.md` in its own folder (a past plan kept as data reads its own,
    /// not the current plan's), by `order:` then file name. None when the folder is absent, and the
    /// plan's priorities are then listed as one list.
    func themes() -> [PlanTheme] {
        let loader = DocumentLoader(context: context)
        let themes: [PlanTheme] = context.markdownFiles(in: folder + "/themes").map { path in
            let loaded = loader.load(path, expected: "a theme of the plan.")
            let map = loaded.frontMatter
            defer { map.reportUnknownKeys() }
            let title =
                loaded.document.title
                ?? {
                    map.missing(
                        "title", example: "title: Safeguarding",
                        why: "A theme's title heads its page and its priorities on the plan page.")
                    return path.fileStem
                }()
            let order = map.int("order") ?? Int.max
            return PlanTheme(slug: path.fileStem, order: order, title: title, document: loaded.finishedDocument)
        }
        return themes.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }
}
