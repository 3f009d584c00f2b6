/// Dates for the examples in hints, taken from the site itself (the plan's period, else the day
/// of the check), so a hint never offers a date years away from the site it is read on.
struct ExampleDates {
    let today: Day
    let planPeriod: Period?

    init(_ site: RuleInput) {
        self.init(today: site.today, planPeriod: site.content.plan?.period)
    }

    init(today: Day, planPeriod: Period?) {
        self.today = today
        self.planPeriod = planPeriod
    }

    /// The plan's period, else three plan years from the 1 April on or before today.
    var period: Period {
        if let planPeriod { return planPeriod }
        let start = Day(checkedYear: today.month >= 4 ? today.year : today.year - 1, month: 4, day: 1)
        return Period(start: start, end: start.adding(months: 36).previousDay)
    }

    /// When the plan was published: the first day of its period.
    var published: Day { period.start }

    /// A day in the month before the plan starts, when a Board would sign it off.
    var signOff: Day {
        let month = period.start.adding(months: -1)
        return Day(checkedYear: month.year, month: month.month, day: 19)
    }

    /// A minute reference in the style councils use: `CTB 25/14` for a meeting in 2025.
    var minute: String {
        let year = signOff.year % 100
        return "CTB \(year < 10 ? "0" : "")\(year)/14"
    }

    /// The last plan year (April to March) that ended before today, in words: `2025 to 2026`.
    var lastYearText: String {
        let start = today.month >= 4 ? today.year - 1 : today.year - 2
        return "\(start) to \(start + 1)"
    }

    /// When an action might be due: the end of the plan year that today falls in (within the plan).
    var due: Day {
        var end = Day(checkedYear: today.month >= 4 ? today.year + 1 : today.year, month: 3, day: 31)
        if let planPeriod, end > planPeriod.end || end < planPeriod.start { end = planPeriod.end }
        return end
    }
}
