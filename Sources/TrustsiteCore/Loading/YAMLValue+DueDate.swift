extension YAMLValue {
    /// A day, a month, a financial year or `ongoing` (an action's `by:` or `start:`); reports anything else.
    func dueDate() -> DueDate? {
        guard let text = string("a date") else { return nil }
        // Written as a day: a day's own messages (an impossible date, an implausible year).
        if text.count == 10, text.filter({ $0 == "-" }).count == 2 { return day().map(DueDate.day) }
        let key = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
        guard let date = DueDate(written: text) else {
            fail(
                location,
                "'\(keyPath)' should be a day (2026-03-31), a month (2026-09), a financial year (2026/27) "
                    + "or ongoing, but it is '\(text)'.",
                hint: "Write one of those forms, e.g. `\(key): 2026-09` for the end of September 2026.")
            return nil
        }
        if let year = date.year, !Day.plausibleYears.contains(year) {
            fail(
                location,
                "'\(keyPath)' is \(text), which cannot be right: trustsite reads dates from "
                    + "\(Day.plausibleYears.lowerBound) to \(Day.plausibleYears.upperBound).",
                hint: "Check the year (a typing slip such as 0025 for 2025 is the usual cause), e.g. `\(key): 2026-09`."
            )
            return nil
        }
        return date
    }
}

extension YAMLMapping {
    /// `key` read as a due date, noting the key as reported when it is written but cannot be read.
    func dueDate(_ key: String) -> DueDate? {
        guard let value = value(key) else { return nil }
        guard let date = value.dueDate() else {
            markReported(key)
            return nil
        }
        return date
    }
}
