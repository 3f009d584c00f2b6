/// Reads the annual reviews: `content/reviews/*.md`.
struct ReviewLoader {
    static let folder = "content/reviews"
    let context: LoadContext
    /// The words `status:` may hold: the standard ones and the site's own (`status_words:`).
    var statusWords = StatusWords()

    func load() -> [Review] {
        let loader = DocumentLoader(context: context)
        let reviews: [Review] = context.markdownFiles(in: Self.folder).map { path in
            let loaded = loader.load(path, expected: "an annual review.")
            let map = loaded.frontMatter
            defer { map.reportUnknownKeys() }
            let title =
                loaded.document.title
                ?? {
                    map.missing(
                        "title", example: "title: Annual report 2025 to 2026", why: "Every review needs a title.")
                    return path.fileStem
                }()
            let progress = map.mapping("progress", rule: "REVIEW-PROGRESS")
            let partners = map.mapping("partners", rule: "REVIEW-PARTNERS")
            var review = Review(
                slug: path.fileStem,
                document: loaded.document,
                title: title,
                period: PlanLoader(context: context).period(in: map, owner: "review", rule: "REVIEW-EXISTS"),
                published: map.day("published", rule: "SITE-STALE"),
                progress: entries(progress),
                partnerStatements: statements(partners),
                pastPlanSlug: map.string("plan", rule: "REVIEW-EXISTS"),
                location: map.location,
                progressPlaces: progress?.places ?? Self.absent("progress", in: map),
                partnersPlaces: partners?.places ?? Self.absent("partners", in: map)
            )
            let indicators = map.mapping("indicators", rule: "REVIEW-INDICATORS")
            review.indicatorResults = results(indicators)
            review.indicatorsPlaces = indicators?.places ?? Self.absent("indicators", in: map)
            // After every key is read: the front matter's places note the keys reported.
            review.document = loaded.finishedDocument
            return review
        }
        return reviews.sorted { ($0.period?.start, $0.slug) < ($1.period?.start, $1.slug) }
    }

    /// The places of a map that is not there: at its key when written blank, else the front matter;
    /// reported (so nothing under it is reported again) when written but not readable.
    private static func absent(_ key: String, in map: YAMLMapping) -> SourcePlaces {
        let places = map.places
        return SourcePlaces(
            item: places.location(of: key), unreadable: places.isReported(key))
    }

    private func entries(_ map: YAMLMapping?) -> [ProgressEntry] {
        guard let map else { return [] }
        return map.entries.map { actionID, value in
            _ = map.value(actionID)
            let at = map.keyLocation(actionID)
            guard !value.isNull, let entry = value.mapping() else {
                if !value.isNull { map.markReported(actionID) }
                return ProgressEntry(
                    actionID: actionID, status: nil, evidence: nil, location: at,
                    places: SourcePlaces(item: at, unreadable: !value.isNull))
            }
            defer { entry.reportUnknownKeys() }
            let reading = entry.value("status").flatMap { value in
                let reading = StatusWordsReader().status(value, words: statusWords)
                if reading == nil { entry.markReported("status") }
                return reading
            }
            let evidence = entry.string("evidence")
            return ProgressEntry(
                actionID: actionID, status: reading?.status, evidence: evidence, location: at, places: entry.places,
                localStatus: reading?.localWord)
        }
    }

    /// `indicators:`: each indicator's `actual:`, `year:` and `note:` under its id, or the actual
    /// alone, or a list of those for several years (a late figure for an earlier year beside this
    /// year's). One written blank is kept with nothing in it (REVIEW-INDICATORS asks for a figure
    /// or a reason at its id).
    private func results(_ map: YAMLMapping?) -> [IndicatorResult] {
        guard let map else { return [] }
        return map.entries.flatMap { indicatorID, value -> [IndicatorResult] in
            _ = map.value(indicatorID)
            let at = map.keyLocation(indicatorID)
            switch value.node {
            case .scalar where value.isNull:
                return [IndicatorResult(indicatorID: indicatorID, location: at, places: SourcePlaces(item: at))]
            case .scalar:
                // `NI117: 7.2` is the actual alone.
                let actual = value.number()
                if actual == nil { map.markReported(indicatorID) }
                return [
                    IndicatorResult(
                        indicatorID: indicatorID, actual: actual, location: at,
                        places: SourcePlaces(item: at, unreadable: actual == nil))
                ]
            case .sequence:
                return yearlyResults(value, id: indicatorID, in: map)
            default:
                guard let entry = value.mapping() else {
                    map.markReported(indicatorID)
                    return [
                        IndicatorResult(
                            indicatorID: indicatorID, location: at, places: SourcePlaces(item: at, unreadable: true))
                    ]
                }
                return [result(entry, id: indicatorID, at: at)]
            }
        }
    }

    /// `NI112: [{ year: 2008, actual: 42.3 }, { year: 2009, note: … }]`: each needs its `year:`, and
    /// a year written twice is reported at the second and left out.
    private func yearlyResults(_ value: YAMLValue, id: String, in map: YAMLMapping) -> [IndicatorResult] {
        var results: [IndicatorResult] = []
        for item in value.list() ?? [] {
            guard let entry = item.mapping() else {
                map.markReported(id)
                continue
            }
            if entry.value("year") == nil {
                entry.missing(
                    "year", example: "    - { year: 2008, actual: 42.3 }",
                    why: "When an indicator has figures for several years, each says which year it is for.")
            }
            let result = result(entry, id: id, at: entry.location)
            if let year = result.writtenYear, results.contains(where: { $0.writtenYear == year }) {
                item.fail(
                    entry.location(of: "year"), "'\(item.keyPath)' gives a second figure for \(year.text).",
                    hint: "Keep one entry for each year and delete the other.")
                map.markReported(id)
                continue
            }
            results.append(result)
        }
        return results
    }

    private func result(_ entry: YAMLMapping, id: String, at location: SourceLocation) -> IndicatorResult {
        defer { entry.reportUnknownKeys() }
        let actual = entry.number("actual")
        let year = entry.value("year").flatMap { written in
            let year = IndicatorReader.reportingYear(written)
            if year == nil { entry.markReported("year") }
            return year
        }
        return IndicatorResult(
            indicatorID: id, actual: actual, writtenYear: year, note: entry.string("note"), location: location,
            places: entry.places)
    }

    private func statements(_ map: YAMLMapping?) -> [PartnerStatement] {
        guard let map else { return [] }
        return map.entries.compactMap { partnerID, value in
            _ = map.value(partnerID)
            // Written blank (`brackenmoor-yot:` or `""`): an empty statement, which REVIEW-PARTNERS
            // reports at its id.
            guard let text = value.isNull ? "" : value.string("a sentence or two") else {
                map.markReported(partnerID)
                return nil
            }
            return PartnerStatement(partnerID: partnerID, statement: text, location: map.keyLocation(partnerID))
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
