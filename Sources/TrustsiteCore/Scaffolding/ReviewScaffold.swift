import Foundation

/// `trustsite new review YEAR`: an annual review listing every action of the current plan with
/// its status left empty, so the checks fail until each one is filled in.
public struct ReviewScaffold: Sendable {
    public let root: URL
    public let year: String

    public init(root: URL, year: String) {
        self.root = root
        self.year = year
    }

    /// Writes `content/reviews/<year>.md`; returns its path relative to the site.
    public func write() throws(ScaffoldError) -> String {
        guard let startYear = Self.startYear(year) else { throw .badYear(year) }
        let path = "\(ReviewLoader.folder)/\(year).md"
        let url = root.appending(path: path)
        if FileManager.default.fileExists(atPath: url.path) { throw .fileExists(path) }
        let log = DiagnosticLog()
        guard let content = ContentLoader(root: root).load(log: log), let plan = content.plan, let period = plan.period
        else { throw .noPlan }
        let start =
            Day(year: startYear, month: period.start.month, day: period.start.day)
            ?? Day(checkedYear: startYear, month: period.start.month, day: 28)
        let end = start.adding(months: 12).previousDay
        var text = "---\ntitle: Annual report \(start.year) to \(end.year)\n"
        text += "# description: (one sentence for search results)\n"
        text += "period: { start: \(start.iso), end: \(end.iso) }\n"
        text += "# published: YYYY-MM-DD\n"
        text += "# For each action: status is one of complete, on-track, at-risk, off-track, not-started, not-assessed"
        let ownWords = content.config.statusWords.localWords.map(\.word)
        text +=
            " (or this site's own words: " + ownWords.joined(separator: ", ")
            + "; declare more under status_words: in trustsite.yml);\n"
        text += "# evidence is a sentence on what has happened, with figures where you have them.\n"
        text += "progress:\n"
        let covered = Period(start: start, end: end)
        for action in plan.actions {
            text += "  \(action.id):   # \(Self.oneLine(action.what))\n"
            for milestone in action.milestones {
                guard let day = milestone.by?.day, covered.start <= day, day <= covered.end else { continue }
                text += "    # milestone due \(milestone.by?.text ?? ""): \(Self.oneLine(milestone.what))"
                text += " (record when it was done with done: in the plan)\n"
            }
            text += "    status:\n    evidence:\n"
        }
        text += indicators(plan.indicators, covering: covered)
        text += "# How far each partner acted in accordance with the plan (REVIEW-PARTNERS).\npartners:\n"
        var partners: [String] = []
        for action in plan.actions {
            for id in action.leadPartnerIDs + action.supportingPartnerIDs where !id.isEmpty && !partners.contains(id) {
                partners.append(id)
            }
        }
        for partner in partners { text += "  \(partner):\n" }
        text += "# Write these sections below, each under its heading with the marker shown:\n"
        text += "#   ## Where there is more to do {#more-to-do}\n#   ## Have your say {#have-your-say}\n"
        text += "#   ## Our response to the LSCB annual report {#lscb-response}\n"
        text += "#   ## Summary for parents and young people {#summary}\n---\n\n"
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            throw .writeFailed(path, error.localizedDescription)
        }
        return path
    }

    /// The `indicators:` block: every indicator of the plan, with the year the report gives its
    /// figure for and that year's target, `actual:` and `note:` left empty (REVIEW-INDICATORS).
    private func indicators(_ indicators: [Indicator], covering period: Period) -> String {
        guard !indicators.isEmpty else { return "" }
        var text = "# For each indicator: the actual figure for the year (a number alone, the unit is in the plan),\n"
        text += "# and a note; with no figure yet, leave actual: empty and say why in the note.\n"
        text += "indicators:\n"
        for indicator in indicators {
            let year = indicator.year(endingWithin: period)
            let target = year.flatMap(indicator.target(for:)).map { indicator.unit.format($0.value) }
            var comment = Self.oneLine(indicator.name)
            if let year { comment += target.map { "; \(year.text) target: \($0)" } ?? "; no target for \(year.text)" }
            text += "  \(Self.yamlKey(indicator.id)):   # \(comment)\n"
            text += "    actual:\n    note:\n"
        }
        return text
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// An id as a YAML key: plain when it is letters, digits, spaces, dots, hyphens and underscores
    /// (`NI 117`), else quoted.
    private static func yamlKey(_ id: String) -> String {
        let plain = id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || " .-_".contains($0)) }
        // Words YAML reads as something other than text (`null`, `yes`) are quoted too.
        let special = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(id.lowercased())
        let spaced = id.hasPrefix(" ") || id.hasSuffix(" ") || id.hasPrefix("-") || id.isEmpty
        return plain && !special && !spaced ? id : SiteScaffold.quoted(id)
    }

    /// `2026-27` → 2026.
    static func startYear(_ label: String) -> Int? {
        let parts = label.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let first = Int(parts[0]),
            let second = Int(parts[1]),
            (first + 1) % 100 == second
        else { return nil }
        return first
    }
}
