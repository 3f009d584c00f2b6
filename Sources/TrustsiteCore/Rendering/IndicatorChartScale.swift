import Foundation

/// Where an indicator's chart puts each year and value: the years spaced evenly across the plot
/// (in year order, one column each), the values on a scale with round ticks that holds them all.
/// Pure geometry, so the drawing can be tested without reading SVG.
struct IndicatorChartScale: Equatable {
    /// The years drawn, in order, each once.
    let years: [ReportingYear]
    /// The lowest and highest value on the axis (round numbers; the values lie between).
    let axisMinimum: Double
    let axisMaximum: Double
    /// The value of each tick, lowest first (the first is `axisMinimum`, the last `axisMaximum`).
    let ticks: [Double]
    /// The plot area in the drawing's units.
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double

    /// A scale for `values` over `years`. With one year the point is centred; with every value
    /// the same (or none) the axis is widened around it so the line is drawn mid-height.
    init(
        years: [ReportingYear], values: [Double], left: Double, right: Double, top: Double, bottom: Double
    ) {
        self.years = Array(Set(years)).sorted()
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        var low = values.min() ?? 0
        var high = values.max() ?? 0
        if high - low < 1e-9 {
            let spread = low == 0 ? 1 : abs(low) * 0.1
            let allNonNegative = low >= 0
            low -= spread
            high += spread
            if allNonNegative { low = max(0, low) }
        }
        let step = Self.niceStep((high - low) / 4)
        var minimum = (low / step).rounded(.down) * step
        let maximum = (high / step).rounded(.up) * step
        // A measure that cannot fall below zero is not drawn with a negative axis.
        if (values.min() ?? 0) >= 0, minimum < 0 { minimum = 0 }
        axisMinimum = Self.clean(minimum)
        axisMaximum = Self.clean(maximum)
        let count = Int(((maximum - minimum) / step).rounded())
        ticks = (0...max(count, 0)).map { Self.clean(minimum + Double($0) * step) }
    }

    /// The x of a year's column: evenly spaced, the first and last a little in from the edges.
    func x(_ year: ReportingYear) -> Double {
        guard let index = years.firstIndex(of: year) else { return left }
        let width = right - left
        guard years.count > 1 else { return left + width / 2 }
        let inset = width / Double(years.count * 2)
        return left + inset + (width - 2 * inset) * Double(index) / Double(years.count - 1)
    }

    /// The y of a value: higher values higher up, whichever way is better (the chart says which).
    func y(_ value: Double) -> Double {
        let span = axisMaximum - axisMinimum
        guard span > 0 else { return (top + bottom) / 2 }
        return bottom - (bottom - top) * (value - axisMinimum) / span
    }

    /// The distance between two years' columns, for spacing their labels.
    var columnWidth: Double {
        years.count > 1 ? (x(years[1]) - x(years[0])) : right - left
    }

    /// 1, 2, 2.5 or 5 times a power of ten, the smallest at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        for multiple in [1, 2, 2.5, 5, 10] where multiple * power >= rough * (1 - 1e-9) {
            return multiple * power
        }
        return 10 * power
    }

    /// Rounds away the float noise of repeated adding (`0.30000000000000004`).
    private static func clean(_ value: Double) -> Double {
        let cleaned = (value * 1e9).rounded() / 1e9
        return cleaned == 0 ? 0 : cleaned
    }
}
