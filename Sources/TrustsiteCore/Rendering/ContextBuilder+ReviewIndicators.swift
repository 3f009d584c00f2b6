import TrustsiteEscaping

extension ContextBuilder {
    /// A report's "Indicators" section: the stated rule, then one table of every indicator of the
    /// plan the report is on (the current plan, or the past plan it names) with its year, target,
    /// actual, position in words and note, each indicator linked to its page under that plan.
    /// Empty when the plan has no indicators, so a site without them renders as before.
    func reviewIndicatorsHTML(_ review: Review) -> String {
        guard let plan = content.plan(of: review), !plan.indicators.isEmpty else { return "" }
        let past = content.pastPlan(of: review)
        let lines = IndicatorReportLine.lines(for: review, plan: plan)
        // The same explicit table roles as the progress tables, which stack the same way on
        // narrow screens: changing the display then keeps the table's meaning.
        var html =
            "<h2 id=\"indicators\">Indicators</h2>\n"
            + "<p class=\"indicators-rule\">\(HTMLEscaping.escape(IndicatorPosition.statedRule))</p>\n"
            + "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"indicators-caption\" tabindex=\"0\">\n"
            + "<table class=\"table table--progress table--indicators\" role=\"table\">\n"
            + "<caption id=\"indicators-caption\" class=\"visually-hidden\">Each indicator of the plan: the figure this report gives "
            + "against the target for its year</caption>\n"
            + "<thead role=\"rowgroup\"><tr role=\"row\">"
        for (heading, column) in [
            ("Indicator", "col-action"), ("Year", "col-year"), ("Target", "col-target"), ("Actual", "col-actual"),
            ("Position", "col-status"), ("Note", "col-evidence"),
        ] {
            html += "<th scope=\"col\" role=\"columnheader\" class=\"\(column)\">\(heading)</th>"
        }
        html += "</tr></thead>\n<tbody role=\"rowgroup\">\n"
        for line in lines {
            let unit = line.indicator.unit
            html +=
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\"><a href=\""
                + HTMLEscaping.escape(SiteRoutes.indicator(line.indicator, of: past)) + "\"><span class=\"card__id\">"
                + HTMLEscaping.escape(line.indicator.id) + "</span> " + HTMLEscaping.escape(line.indicator.name)
                + "</a></th>"
                + cell("Year", line.year?.text ?? "Not known")
                + cell("Target", line.target.map(unit.format) ?? "None")
                + cell("Actual", line.actual.map(unit.format) ?? "No figure")
                + "<td role=\"cell\" data-label=\"Position\"><span class=\"status "
                + Self.positionClass(line.position) + "\">" + line.position.label + "</span></td>"
                // An empty note has no label, so a stacked row does not end in "Note:" and nothing.
                + (line.note.map { cell("Note", $0) } ?? "<td role=\"cell\"></td>")
                + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    private func cell(_ label: String, _ text: String) -> String {
        "<td role=\"cell\" data-label=\"\(label)\">\(HTMLEscaping.escape(text))</td>"
    }

    /// The progress badge whose pattern matches the position (the word is always shown too):
    /// met as complete, close as at risk, missed as off track, no data as not reported. The
    /// report's table and the indicator's page use it alike.
    static func positionClass(_ position: IndicatorPosition) -> String {
        let status: String
        switch position {
        case .met: status = "complete"
        case .close: status = "at-risk"
        case .missed: status = "off-track"
        case .noData: status = "not-reported"
        case .noTarget: status = "not-started"
        }
        return "status--\(status) position--\(position.rawValue)"
    }
}
