/// The ages a service is for, as its file writes them: years or months at either end, "under N",
/// and an older upper age for children and young people with SEND.
public struct ServiceAges: Sendable, Equatable {
    /// One end of the range: a number of years or of months.
    public struct Age: Sendable, Equatable {
        public var value: Int
        public var inMonths: Bool

        /// The age in whole years (a child of 59 months is 4).
        public var years: Int { inMonths ? value / 12 : value }

        /// "6 months", "1 month", "5 years".
        var withUnit: String { "\(value) " + (inMonths ? "month" : "year") + (value == 1 ? "" : "s") }
    }

    public var from: Age
    /// The oldest age served; for "under N" this is N (not served itself).
    public var to: Age
    /// Written as `under: N`: up to but not including N years.
    public var isUnder: Bool
    /// The oldest age served for children and young people with SEND (`send_to:`), in years.
    public var sendTo: Int?

    /// The youngest and oldest age served, in whole years (what the offer's filter and open data use).
    public var years: ClosedRange<Int> {
        let oldest = isUnder ? to.years - 1 : to.years
        return from.years...max(from.years, oldest)
    }

    /// The ages as written: "Ages 0 to 19 (up to 25 with SEND)", "Under 5", "Ages 0 to 59 months",
    /// "Ages 6 months to 4 years". Years go without their unit unless months are in play.
    public var text: String {
        let to = to.inMonths ? to.withUnit : "\(to.value)"
        // The first end carries a unit only when the two differ ("6 months to 4 years").
        let from = from.inMonths == self.to.inMonths ? "\(from.value)" : from.withUnit
        let toWithYears = from.hasSuffix("months") || from.hasSuffix("month") ? self.to.withUnit : to
        var text: String
        if isUnder {
            text = self.from.value == 0 ? "Under \(to)" : "Ages \(from) to under \(toWithYears)"
        } else if self.from == self.to {
            text = "Age \(to)"
        } else {
            text = "Ages \(from) to \(toWithYears)"
        }
        if let sendTo { text += " (up to \(sendTo) with SEND)" }
        return text
    }
}
