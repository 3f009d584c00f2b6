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
        for action in plan.actions {
            text += "  \(action.id):   # \(action.what.replacingOccurrences(of: "\n", with: " "))\n"
            text += "    status:\n    evidence:\n"
        }
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
