/// Where an indicator's actual value for a year stands against its target, by the one stated rule
/// the README documents and every report page shows above its indicators: met, close, missed,
/// no data, or no target.
public enum IndicatorPosition: String, Sendable, CaseIterable {
    /// The actual is at the target or better.
    case met
    /// The actual is worse than the target by no more than 5% of the target's value.
    case close
    /// The actual is worse than the target by more than 5% of the target's value.
    case missed
    /// The year has a target but the report gives no actual.
    case noData = "no-data"
    /// The plan sets no target for the year, so there is nothing to stand against.
    case noTarget = "no-target"

    /// How far worse than the target still counts as close, as a share of the target's value.
    public static let closeShare = 0.05

    /// The rule in one sentence, as pages and the README state it.
    public static let statedRule =
        "Position against target: met when the actual is at the target or better; close when it is worse than the target by no more than 5% of the target's value; missed when it is worse by more; no data when the report gives no actual; no target when the plan sets none for the year."

    /// The position of `actual` against `target` for an indicator where `better` is the way of
    /// improvement. The 5% is of the target's size, so it holds for negative targets too; a
    /// target of 0 leaves no room to be close.
    public static func of(actual: Double?, target: Double?, better: Indicator.Better) -> IndicatorPosition {
        guard let target else { return .noTarget }
        guard let actual else { return .noData }
        let shortfall = better == .higher ? target - actual : actual - target
        if shortfall <= 0 { return .met }
        // Decimal figures are not exact in binary (7.35 - 7 is a hair over 0.35), so a figure
        // exactly 5% worse, as written, counts as close.
        let allowed = abs(target) * closeShare
        let slack = 1e-9 * max(abs(target), abs(actual), 1)
        return shortfall <= allowed + slack ? .close : .missed
    }

    /// The position in words, as a table cell shows it.
    public var label: String {
        switch self {
        case .met: "Met"
        case .close: "Close"
        case .missed: "Missed"
        case .noData: "No data"
        case .noTarget: "No target"
        }
    }

    /// One sentence saying why the figure has this position: "7.2% against a target of 7.5%
    /// (lower is better): met."
    public func explanation(
        actual: Double?, target: Double?, unit: IndicatorUnit, better: Indicator.Better
    ) -> String {
        let direction = better == .higher ? "higher is better" : "lower is better"
        switch self {
        case .noTarget:
            return "The plan sets no target for this year."
        case .noData:
            return "No actual figure against a target of \(target.map(unit.format) ?? "none") (\(direction))."
        case .met, .close, .missed:
            let figures =
                (actual.map(unit.format) ?? "") + " against a target of " + (target.map(unit.format) ?? "")
            let how: String
            switch self {
            case .met: how = "met"
            case .close: how = "close: worse than the target by no more than 5% of its value"
            default: how = "missed: worse than the target by more than 5% of its value"
            }
            return figures + " (" + direction + "): " + how + "."
        }
    }
}
