import Foundation

/// The rule table for the README, made from the rules themselves so it cannot drift.
public enum RuleTable {
    public static func markdown() -> String {
        var lines = ["| id | level (2010) | level (2008) | rule | source |", "|---|---|---|---|---|"]
        for rule in RuleCatalogue.all {
            let levels = [Edition.y2010, .y2008].map { rule.level(in: $0)?.rawValue ?? "n/a" }
            let cells = [rule.id, levels[0], levels[1], rule.requirement, rule.citation]
                .map { $0.replacingOccurrences(of: "|", with: "\\|") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
