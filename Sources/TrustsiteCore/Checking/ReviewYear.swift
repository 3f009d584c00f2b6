/// Plan years, named the way councils name them: `2025-26` for April 2025 to March 2026.
enum ReviewYear {
    static func label(from start: Day) -> String {
        let next = (start.year + 1) % 100
        return "\(start.year)-\(next < 10 ? "0" : "")\(next)"
    }

    /// Whether some annual review cannot be placed in the plan's years: its front matter or its
    /// `period:` could not be read, or the plan it names is not there (the loader has reported
    /// each). Rules that look for each year's report then say nothing, rather than report that
    /// review's year missing too.
    static func anyReviewUncertain(_ content: SiteContent) -> Bool {
        let pastPlans = Set(content.pastPlans.map(\.slug))
        return content.reviews.contains { review in
            review.places.isReported(any: ["period", "plan"])
                || review.pastPlanSlug.map { !pastPlans.contains($0) } == true
        }
    }

    /// The plan years that ended on or before `today`: each year's start and end.
    static func completed(in period: Period, before today: Day) -> [Period] {
        var years: [Period] = []
        var start = period.start
        while start < period.end {
            let next = start.adding(months: 12)
            let end = Day(checkedYear: next.year, month: next.month, day: next.day).previousDay
            if end > period.end || end >= today { break }
            years.append(Period(start: start, end: end))
            start = next
        }
        return years
    }
}

extension Day {
    /// The day before.
    var previousDay: Day {
        if day > 1 { return Day(checkedYear: year, month: month, day: day - 1) }
        if month > 1 {
            return Day(checkedYear: year, month: month - 1, day: Day.daysIn(month: month - 1, year: year))
        }
        return Day(checkedYear: year - 1, month: 12, day: 31)
    }
}
