/// Reads a priority's `indicators:`: each with its unit, which way is better, a baseline and
/// targets by year. An indicator that cannot be read is left out (and `indicators` noted as reported).
struct IndicatorReader {
    let priorityID: String

    func read(in map: YAMLMapping) -> [Indicator] {
        let items = map.list("indicators") ?? []
        let indicators = items.compactMap(indicator)
        if indicators.count < items.count { map.markReported("indicators") }
        return indicators
    }

    private func indicator(_ value: YAMLValue) -> Indicator? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        // Every key is read before the indicator may be left out: none of them is then "unknown".
        let id = map.requiredString(
            "id", example: "  - id: NI117", why: "Annual reports give the indicator's actual values by its id.")
        let name = map.requiredString(
            "name", example: "    name: 16 to 18 year olds not in education, employment or training",
            why: "Say what the indicator measures.")
        let unit = map.string("unit").map(IndicatorUnit.init(written:))
        let better: Indicator.Better?
        if map.value("better") != nil {
            better = map.choice("better", Indicator.Better.self)
        } else {
            better = nil
            map.missing(
                "better", example: "    better: lower",
                why: "Say whether a higher or a lower figure is an improvement, so each year can be judged "
                    + "against its target.")
        }
        let source = map.string("source")
        let description = map.string("description")
        let baseline = map.mapping("baseline").flatMap { yearValue($0, under: "baseline") }
        if map.value("baseline") != nil, baseline == nil { map.markReported("baseline") }
        let targets = targets(in: map)
        guard let id, let name, let better else { return nil }
        let slug = Indicator.slug(for: id)
        guard !slug.isEmpty else {
            value.fail(
                map.location(of: "id"),
                "indicator id '\(id)' has no letters or digits to make its page's address from.",
                hint: "Use the indicator's reference, e.g. `id: NI117` or `id: LI-3`.")
            return nil
        }
        return Indicator(
            id: id, slug: slug, priorityID: priorityID, name: name, unit: unit ?? .number, better: better,
            source: source, description: description, baseline: baseline, targets: targets,
            location: map.location, places: map.places)
    }

    /// `baseline: { year: 2007/08, value: 8.1 }`: both required.
    private func yearValue(_ map: YAMLMapping, under key: String) -> IndicatorValue? {
        defer { map.reportUnknownKeys() }
        let year: ReportingYear?
        if let written = map.value("year") {
            year = Self.reportingYear(written)
            if year == nil { map.markReported("year") }
        } else {
            map.missing(
                "year", example: "    \(key): { year: 2007/08, value: 8.1 }", why: "Say which year the figure is for.")
            year = nil
        }
        let number = map.number("value")
        if map.value("value") == nil {
            map.missing("value", example: "    \(key): { year: 2007/08, value: 8.1 }", why: "Give the figure.")
        }
        guard let year, let number else { return nil }
        return IndicatorValue(year: year, value: number, location: map.location)
    }

    /// `targets: { 2008/09: 7.5, 2009/10: 7.0 }`, in year order; a year that cannot be read or
    /// is written twice is reported at its key and left out.
    private func targets(in map: YAMLMapping) -> [IndicatorValue] {
        guard let targets = map.mapping("targets") else { return [] }
        var values: [IndicatorValue] = []
        for (key, entry) in targets.entries {
            _ = targets.value(key)
            let location = targets.keyLocation(key)
            guard let year = ReportingYear(written: key) else {
                entry.fail(location, Self.yearMessage(entry.keyPath, key), hint: Self.yearHint)
                map.markReported("targets")
                continue
            }
            if values.contains(where: { $0.year == year }) {
                entry.fail(
                    location, "'\(entry.keyPath)' gives a second target for \(year.text).",
                    hint: "Keep one target for each year and delete the other.")
                map.markReported("targets")
                continue
            }
            guard !entry.isNull else {
                entry.fail(location, "'\(entry.keyPath)' has no figure.", hint: "Give the target, e.g. `\(key): 7.5`.")
                map.markReported("targets")
                continue
            }
            guard let number = entry.number() else {
                map.markReported("targets")
                continue
            }
            values.append(IndicatorValue(year: year, value: number, location: location))
        }
        return values.sorted { $0.year < $1.year }
    }

    /// A year as indicators write them, reported at its line when it is neither form.
    static func reportingYear(_ value: YAMLValue) -> ReportingYear? {
        guard let text = value.string("a year") else { return nil }
        guard let year = ReportingYear(written: text) else {
            value.fail(value.location, Self.yearMessage(value.keyPath, text), hint: Self.yearHint)
            return nil
        }
        return year
    }

    static func yearMessage(_ keyPath: String, _ text: String) -> String {
        "'\(keyPath)' should be a year written 2008/09 (April to March) or 2009 (a calendar year), but it is '\(text)'."
    }

    static let yearHint = "Write the year the figure is for, e.g. `2008/09` for April 2008 to March 2009."
}
