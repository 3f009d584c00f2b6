import Foundation
import TrustsiteEscaping

/// An indicator's baseline, targets and actuals as an inline SVG line chart drawn at build time:
/// targets a dashed line with hollow squares, actuals a solid line with filled circles, the
/// baseline a diamond with its label. Line styles and marker shapes tell the series apart, so the
/// chart reads in greyscale and print; the description gives every number in words.
struct IndicatorChart {
    /// A reported figure for a year.
    struct Actual: Equatable {
        var year: ReportingYear
        var value: Double
    }

    let indicator: Indicator
    /// In year order, at most one a year.
    let actuals: [Actual]
    /// Makes the SVG's ids unique on the page (a priority page has several charts).
    let id: String

    static let width = 320.0
    private static let plotTop = 34.0
    private static let plotBottom = 194.0
    private static let legendRow = 22.0
    private static let targetColour = "#1d4f91"
    private static let actualColour = "#0b0c0c"
    private static let baselineColour = "#6b2c91"

    var scale: IndicatorChartScale {
        let years = (indicator.baseline.map { [$0.year] } ?? []) + indicator.targets.map(\.year) + actuals.map(\.year)
        let values =
            (indicator.baseline.map { [$0.value] } ?? []) + indicator.targets.map(\.value) + actuals.map(\.value)
        let widest =
            IndicatorChartScale(
                years: years, values: values, left: 0, right: 1, top: 0, bottom: 1
            ).ticks.map { tickLabel($0).count }.max() ?? 1
        return IndicatorChartScale(
            years: years, values: values, left: Double(widest) * 8 + 10, right: Self.width - 8,
            top: Self.plotTop, bottom: Self.plotBottom)
    }

    /// A tick's label: the number in the indicator's unit, kept short (the axis title names
    /// longer units).
    func tickLabel(_ value: Double) -> String {
        indicator.unit == .percentage ? IndicatorUnit.number(value) + "%" : IndicatorUnit.number(value)
    }

    /// The axis title: what the values count, and which way is better.
    var axisTitle: String {
        let unit = indicator.unit == .percentage ? "Per cent" : Self.capitalised(indicator.unit.written)
        return unit + " (" + (indicator.better == .lower ? "lower" : "higher") + " is better)"
    }

    var title: String { "\(indicator.id) \(indicator.name): baseline, targets and actual values" }

    /// Every number, in words: the baseline, then each year's target and actual.
    var description: String {
        let unit = indicator.unit
        var sentences = [(indicator.better == .lower ? "Lower" : "Higher") + " is better."]
        if let baseline = indicator.baseline {
            sentences.append("Baseline \(baseline.year.text): \(unit.format(baseline.value)).")
        }
        for year in scale.years {
            var parts: [String] = []
            if let target = indicator.target(for: year) { parts.append("target \(unit.format(target.value))") }
            if let actual = actuals.first(where: { $0.year == year }) {
                parts.append("actual \(unit.format(actual.value))")
            } else if indicator.target(for: year) != nil {
                parts.append("no actual value reported")
            }
            if !parts.isEmpty { sentences.append("\(year.text): " + parts.joined(separator: ", ") + ".") }
        }
        return sentences.joined(separator: " ")
    }

    private var legendEntries: [(kind: String, label: String)] {
        var entries: [(String, String)] = []
        if !indicator.targets.isEmpty { entries.append(("target", "Target (dashed line, hollow squares)")) }
        if !actuals.isEmpty { entries.append(("actual", "Actual (solid line, filled circles)")) }
        if indicator.baseline != nil { entries.append(("baseline", "Baseline (diamond)")) }
        return entries
    }

    /// The figure: the SVG alone (the page gives the same numbers in its table).
    var html: String {
        let scale = scale
        let legendTop = Self.plotBottom + 46
        let height = legendTop + Double(legendEntries.count) * Self.legendRow + 4
        var svg =
            "<figure class=\"chart chart--indicator\">\n<svg class=\"chart__svg\" role=\"img\" viewBox=\"0 0 "
            + "\(Int(Self.width)) \(Int(height))\" aria-labelledby=\"\(id)-title \(id)-desc\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<title id=\"\(id)-title\">\(escape(title))</title>\n<desc id=\"\(id)-desc\">\(escape(description))</desc>\n"
        svg += "<text x=\"0\" y=\"14\" class=\"chart__legend\">\(escape(axisTitle))</text>\n"
        for tick in scale.ticks {
            let y = f(scale.y(tick))
            svg +=
                "<line x1=\"\(f(scale.left))\" x2=\"\(f(scale.right))\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
                + "<text x=\"\(f(scale.left - 6))\" y=\"\(f(scale.y(tick) + 4))\" text-anchor=\"end\" class=\"chart__tick\">"
                + "\(escape(tickLabel(tick)))</text>\n"
        }
        svg +=
            "<line x1=\"\(f(scale.left))\" x2=\"\(f(scale.left))\" y1=\"\(f(Self.plotTop))\" y2=\"\(f(Self.plotBottom))\" stroke=\"#505a5f\" stroke-width=\"1\"/>"
            + "<line x1=\"\(f(scale.left))\" x2=\"\(f(scale.right))\" y1=\"\(f(Self.plotBottom))\" y2=\"\(f(Self.plotBottom))\" stroke=\"#505a5f\" stroke-width=\"1\"/>\n"
        // Year labels: every year when they fit, else every second or third one (the table lists all).
        let every = max(1, Int((58 / max(scale.columnWidth, 1)).rounded(.up)))
        for (index, year) in scale.years.enumerated() where index % every == 0 {
            svg +=
                "<text x=\"\(f(scale.x(year)))\" y=\"\(f(Self.plotBottom + 18))\" text-anchor=\"middle\" class=\"chart__tick\">"
                + "\(escape(year.written))</text>\n"
        }
        let targets = indicator.targets.map { (scale.x($0.year), scale.y($0.value)) }
        svg += line(targets, dashed: true, colour: Self.targetColour)
        for (x, y) in targets { svg += square(x, y) }
        let actualPoints = actuals.map { (scale.x($0.year), scale.y($0.value)) }
        svg += line(actualPoints, dashed: false, colour: Self.actualColour)
        for (x, y) in actualPoints { svg += circle(x, y) }
        if let baseline = indicator.baseline {
            let x = scale.x(baseline.year)
            let y = scale.y(baseline.value)
            svg += diamond(x, y)
            let label = "Baseline " + indicator.unit.format(baseline.value)
            // Beside the diamond, kept inside the drawing.
            let labelWidth = Double(label.count) * 7.5
            let anchorX = min(max(x - labelWidth / 2, scale.left + 2), Self.width - labelWidth)
            let labelY = y - 12 < Self.plotTop ? y + 22 : y - 12
            svg +=
                "<text x=\"\(f(anchorX))\" y=\"\(f(labelY))\" class=\"chart__note\">\(escape(label))</text>\n"
        }
        for (index, entry) in legendEntries.enumerated() {
            let y = legendTop + Double(index) * Self.legendRow
            switch entry.kind {
            case "target":
                svg += line([(2, y), (30, y)], dashed: true, colour: Self.targetColour) + square(16, y)
            case "actual":
                svg += line([(2, y), (30, y)], dashed: false, colour: Self.actualColour) + circle(16, y)
            default:
                svg += diamond(16, y)
            }
            svg += "<text x=\"38\" y=\"\(f(y + 5))\" class=\"chart__legend\">\(escape(entry.label))</text>\n"
        }
        return svg + "</svg>\n</figure>"
    }

    private func line(_ points: [(Double, Double)], dashed: Bool, colour: String) -> String {
        guard points.count > 1 else { return "" }
        let coordinates = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        return "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\""
            + (dashed ? " stroke-dasharray=\"7 5\"" : "") + "/>\n"
    }

    private func square(_ x: Double, _ y: Double) -> String {
        "<rect x=\"\(f(x - 5))\" y=\"\(f(y - 5))\" width=\"10\" height=\"10\" fill=\"#ffffff\" "
            + "stroke=\"\(Self.targetColour)\" stroke-width=\"2.5\"/>\n"
    }

    private func circle(_ x: Double, _ y: Double) -> String {
        "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"5\" fill=\"\(Self.actualColour)\"/>\n"
    }

    private func diamond(_ x: Double, _ y: Double) -> String {
        "<path d=\"M\(f(x)) \(f(y - 7))L\(f(x + 7)) \(f(y))L\(f(x)) \(f(y + 7))L\(f(x - 7)) \(f(y))Z\" "
            + "fill=\"\(Self.baselineColour)\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Coordinates to two decimal places at most, the same on every machine.
    private func f(_ value: Double) -> String { IndicatorUnit.number(value).replacingOccurrences(of: ",", with: "") }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
