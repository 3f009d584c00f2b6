import Foundation
import TrustsiteEscaping
import TrustsiteMarkdown

/// "Progress at a glance": how many actions are in each status, per priority or per outcome, drawn
/// at build time as an inline SVG (no chart library in the reader's browser) and given again, as the
/// same numbers, in a table. Each status has its own pattern as well as its colour, so the chart
/// reads in greyscale and to people who do not see colour.
struct ProgressChart {
    struct Row {
        var label: String
        var counts: [ProgressStatus: Int]
        /// Every action the row covers, reported or not.
        var actions: Int

        /// The actions the report gives a status for.
        var reported: Int { counts.values.reduce(0, +) }
        /// The actions it says nothing about (no entry, or an entry with no status).
        var notReported: Int { max(0, actions - reported) }
    }

    /// Used to make the SVG's ids unique on the page.
    var id: String
    var title: String
    var rowHeading: String
    var rows: [Row]
    /// Each status's name in the legend and the table: the standard label, or the site's own words
    /// with the standard meaning ("SLIPPAGE (at risk)").
    var labels: [ProgressStatus: String] = [:]

    /// The statuses drawn, counted and listed in the legend.
    private var statuses: [ProgressStatus] { ProgressStatus.shown(using: rows.flatMap(\.counts.keys)) }

    private func label(_ status: ProgressStatus) -> String { labels[status] ?? status.label }

    /// The legend's name for a status, shortened to fit the drawing (the table gives it in full).
    private func legendLabel(_ status: ProgressStatus) -> String {
        let name = label(status)
        return name.count > 40 ? String(name.prefix(39)).trimmedWhitespace + "…" : name
    }

    /// Legends this long get a line each instead of two to a line.
    private var legendColumns: Int { statuses.contains { label($0).count > 20 } ? 1 : 2 }

    /// The figure (SVG with title and description) followed by the table of the same numbers.
    var html: String {
        figure + "\n" + table
    }

    private static let width = 320
    private static let labelHeight = 22
    private static let barHeight = 22
    private static let rowGap = 12

    private var figure: String {
        let rowHeight = Self.labelHeight + Self.barHeight + Self.rowGap
        let legendTop = rows.count * rowHeight + 4
        let legendRows = (statuses.count + legendColumns - 1) / legendColumns
        let height = legendTop + 28 * legendRows
        var svg =
            "<figure class=\"chart\">\n<svg class=\"chart__svg\" role=\"img\" viewBox=\"0 0 \(Self.width) \(height)\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<title id=\"\(id)-title\">\(escape(title))</title>\n<desc id=\"\(id)-desc\">\(escape(description))</desc>\n"
            + patterns + "\n"
        let maximum = max(1, rows.map(\.reported).max() ?? 1)
        for (index, row) in rows.enumerated() {
            let top = index * rowHeight
            // Long labels are shortened to fit the drawing; the description and the table give them in full.
            let label = row.label.count > 30 ? String(row.label.prefix(29)).trimmedWhitespace + "…" : row.label
            svg += "<text x=\"0\" y=\"\(top + 16)\" class=\"chart__label\">\(escape(label)) (\(row.actions))</text>\n"
            var x = 0.0
            for status in statuses {
                let count = row.counts[status] ?? 0
                guard count > 0 else { continue }
                let width = Double(Self.width - 2) * Double(count) / Double(maximum)
                svg +=
                    "<rect x=\"\(Self.format(x + 1))\" y=\"\(top + Self.labelHeight)\" width=\"\(Self.format(width))\" "
                    + "height=\"\(Self.barHeight - 2)\" fill=\"url(#\(id)-\(status.rawValue))\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>\n"
                x += width
            }
        }
        for (index, status) in statuses.enumerated() {
            let x = (index % legendColumns) * (Self.width / 2)
            let y = legendTop + (index / legendColumns) * 28
            svg +=
                "<rect x=\"\(x + 1)\" y=\"\(y)\" width=\"26\" height=\"18\" fill=\"url(#\(id)-\(status.rawValue))\" stroke=\"#0b0c0c\"/>"
                + "<text x=\"\(x + 34)\" y=\"\(y + 14)\" class=\"chart__legend\">\(escape(legendLabel(status)))</text>\n"
        }
        return svg + "</svg>\n</figure>"
    }

    /// Fills: a colour and a pattern for each status.
    private var patterns: String {
        func pattern(_ status: ProgressStatus, _ background: String, _ marks: String) -> String {
            "<pattern id=\"\(id)-\(status.rawValue)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"8\" height=\"8\" fill=\"\(background)\"/>\(marks)</pattern>"
        }
        return "<defs>"
            + pattern(.complete, "#1d6b3b", "")
            + pattern(.onTrack, "#a8d5b5", "<path d=\"M0 8L8 0\" stroke=\"#14532d\" stroke-width=\"1.5\"/>")
            + pattern(.atRisk, "#ffd97a", "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#6b4200\"/>")
            + pattern(.offTrack, "#f4a6a0", "<path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#8f1d14\" stroke-width=\"1.2\"/>")
            + pattern(.notStarted, "#ffffff", "<path d=\"M0 4H8\" stroke=\"#6b7178\" stroke-width=\"1\"/>")
            + (statuses.contains(.notAssessed)
                ? pattern(.notAssessed, "#d9dcde", "<path d=\"M4 0V8\" stroke=\"#3b3f44\" stroke-width=\"1.5\"/>") : "")
            + "</defs>"
    }

    /// Whether some row has actions the report gives no status for: the table then counts them.
    private var hasUnreported: Bool { rows.contains { $0.notReported > 0 } }

    private var description: String {
        rows.map { row in
            let counts = statuses.map { status in
                let name = label(status)
                return "\(row.counts[status] ?? 0) \(name == status.label ? name.lowercased() : name)"
            }
            return row.label + ": "
                + (counts + (row.notReported > 0 ? ["\(row.notReported) not reported"] : []))
                .joined(separator: ", ")
        }.joined(separator: ". ") + "."
    }

    private var table: String {
        var html =
            "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n"
            + "<table class=\"table table--chart\">\n<caption id=\"\(id)-caption\">\(escape(title)): the numbers</caption>\n"
            + "<thead><tr><th scope=\"col\">\(escape(rowHeading))</th>"
        for status in statuses {
            html += "<th scope=\"col\" class=\"numeric\">\(escape(label(status)))</th>"
        }
        if hasUnreported { html += "<th scope=\"col\" class=\"numeric\">Not reported</th>" }
        html += "<th scope=\"col\" class=\"numeric\">All actions</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(escape(row.label))</th>"
            for status in statuses { html += "<td class=\"numeric\">\(row.counts[status] ?? 0)</td>" }
            if hasUnreported { html += "<td class=\"numeric\">\(row.notReported)</td>" }
            html += "<td class=\"numeric\">\(row.actions)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

extension ContextBuilder {
    /// The review's counts by priority and by outcome, as charts with tables.
    func progressCharts(for review: Review, idPrefix: String) -> (priorities: String, outcomes: String) {
        let priorities = content.plan(of: review)?.priorities ?? []
        let statuses = Dictionary(
            review.progress.compactMap { entry in entry.status.map { (entry.actionID, $0) } },
            uniquingKeysWith: { first, _ in first })
        let labels = ProgressStatus.labels(for: review.progress)
        func counts(_ actions: [Action]) -> [ProgressStatus: Int] {
            var counts: [ProgressStatus: Int] = [:]
            for action in actions { if let status = statuses[action.id] { counts[status, default: 0] += 1 } }
            return counts
        }
        let byPriority = ProgressChart(
            id: "\(idPrefix)-priorities", title: "Progress of each priority's actions", rowHeading: "Priority",
            rows: priorities.map {
                .init(label: "\($0.id) \($0.title)", counts: counts($0.actions), actions: $0.actions.count)
            }, labels: labels)
        let byOutcome = ProgressChart(
            id: "\(idPrefix)-outcomes", title: "Progress of the actions for each outcome", rowHeading: "Outcome",
            rows: Outcome.all.map { outcome in
                let actions = priorities.filter { $0.outcomeIDs.contains(outcome.id) }.flatMap(\.actions)
                return .init(label: outcome.title, counts: counts(actions), actions: actions.count)
            }, labels: labels)
        return (byPriority.html, byOutcome.html)
    }
}
