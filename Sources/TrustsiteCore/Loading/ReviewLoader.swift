/// Reads the annual reviews: `content/reviews/*.md`.
struct ReviewLoader {
    static let folder = "content/reviews"
    let context: LoadContext
    /// The words `status:` may hold: the standard ones and the site's own (`status_words:`).
    var statusWords = StatusWords()

    func load() -> [Review] {
        let loader = DocumentLoader(context: context)
        let reviews: [Review] = context.markdownFiles(in: Self.folder).compactMap { path in
            guard let loaded = loader.load(path, expected: "an annual review.") else { return nil }
            let map = loaded.frontMatter
            defer { map.reportUnknownKeys() }
            let title =
                loaded.document.title
                ?? {
                    map.missing(
                        "title", example: "title: Annual report 2025 to 2026", why: "Every review needs a title.")
                    return path.fileStem
                }()
            return Review(
                slug: path.fileStem,
                document: loaded.document,
                title: title,
                period: PlanLoader(context: context).period(map.mapping("period"), owner: "review"),
                published: map.day("published"),
                progress: progress(map.mapping("progress")),
                partnerStatements: statements(map.mapping("partners")),
                pastPlanSlug: map.string("plan"),
                location: SourceLocation(file: path, line: 1, column: 1)
            )
        }
        return reviews.sorted { ($0.period?.start, $0.slug) < ($1.period?.start, $1.slug) }
    }

    private func progress(_ map: YAMLMapping?) -> [ProgressEntry] {
        guard let map else { return [] }
        return map.entries.map { actionID, value in
            _ = map.value(actionID)
            guard !value.isNull, let entry = value.mapping() else {
                return ProgressEntry(actionID: actionID, status: nil, evidence: nil, location: value.location)
            }
            defer { entry.reportUnknownKeys() }
            let reading = entry.value("status").flatMap {
                StatusWordsReader(log: context.log).status($0, words: statusWords)
            }
            return ProgressEntry(
                actionID: actionID, status: reading?.status, evidence: entry.string("evidence"),
                location: value.location, localStatus: reading?.localWord, fields: entry.fieldLocations)
        }
    }

    private func statements(_ map: YAMLMapping?) -> [PartnerStatement] {
        guard let map else { return [] }
        return map.entries.compactMap { partnerID, value in
            _ = map.value(partnerID)
            guard !value.isNull, let text = value.string("a sentence or two") else { return nil }
            return PartnerStatement(partnerID: partnerID, statement: text, location: value.location)
        }
    }
}

/// Reviews in date order (missing dates last), then by file name.
private func < (lhs: (Day?, String), rhs: (Day?, String)) -> Bool {
    switch (lhs.0, rhs.0) {
    case (let left?, let right?): left != right ? left < right : lhs.1 < rhs.1
    case (.some, .none): true
    case (.none, .some): false
    case (.none, .none): lhs.1 < rhs.1
    }
}
