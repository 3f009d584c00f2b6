import TrustsiteEscaping

extension ContextBuilder {
    /// The plan's refreshes, as the plan page lists them: from which year, when and where agreed,
    /// and what changed; empty when the plan has none.
    func refreshesHTML(_ plan: Plan) -> String {
        guard !plan.refreshes.isEmpty else { return "" }
        var html = "<h2 id=\"plan-refreshes\">Refreshes</h2>\n<ul class=\"refreshes\">\n"
        for refresh in plan.refreshes {
            var agreed: [String] = []
            if let date = refresh.date { agreed.append("<time datetime=\"\(date.iso)\">\(date.text)</time>") }
            if let meeting = refresh.meeting { agreed.append(HTMLEscaping.escape(meeting)) }
            if let minute = refresh.minute { agreed.append("minute " + HTMLEscaping.escape(minute)) }
            html +=
                "<li><strong>From \(HTMLEscaping.escape(refresh.year.text))</strong>"
                + (agreed.isEmpty ? "" : ": agreed " + agreed.joined(separator: ", ")) + "."
                + (refresh.summary.map { " " + HTMLEscaping.escape($0) } ?? "") + "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// What an action's card says of its place in a refreshed plan, in words.
    static func changeFields(_ changes: ActionChanges) -> [String: Any] {
        Dict([
            "added_text": changes.added.map { "Part of the plan from \($0.text), when it was refreshed" },
            "retired_text": changes.retired.map { year in
                "Not part of the plan from \(year.text)" + (changes.retiredReason.map { ": \($0)" } ?? "")
            },
            "replaces": changes.replaces,
        ]).values
    }
}
