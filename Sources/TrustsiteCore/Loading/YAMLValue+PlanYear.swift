extension YAMLValue {
    /// A plan year, `2026/27` or `2026` (a refresh's `year:`, an action's `added:` or `retired:`);
    /// reports anything else.
    func planYear() -> ReportingYear? {
        // A number (`year: 2026`) is read as its text.
        guard let text = string("a year") else { return nil }
        let key = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
        guard let year = ReportingYear(form: text) else {
            fail(
                location,
                "'\(keyPath)' should be a year from April to March (2026/27) or a calendar year (2026), but it is '\(text)'.",
                hint: "Write one of those forms, e.g. `\(key): 2026/27`.")
            return nil
        }
        guard Day.plausibleYears.contains(year.startYear) else {
            fail(
                location,
                "'\(keyPath)' is \(text), which cannot be right: trustsite reads dates from "
                    + "\(Day.plausibleYears.lowerBound) to \(Day.plausibleYears.upperBound).",
                hint: "Check the year, e.g. `\(key): 2026/27`.")
            return nil
        }
        return year
    }
}

extension YAMLMapping {
    /// `key` read as a plan year, noting the key as reported when it is written but cannot be read.
    func planYear(_ key: String) -> ReportingYear? {
        guard let value = value(key) else { return nil }
        guard let year = value.planYear() else {
            markReported(key)
            return nil
        }
        return year
    }

    /// An action's `added:`, `retired:`, `retired_reason:` and `replaces:`.
    func actionChanges() -> ActionChanges {
        ActionChanges(
            added: planYear("added"), retired: planYear("retired"), retiredReason: string("retired_reason"),
            replaces: string("replaces"))
    }
}
