extension ContextBuilder {
    /// `/plan/indicators/<slug>/`: an indicator with its chart and the same numbers in a table,
    /// each actual linked to the report it comes from.
    func indicatorModel(_ index: Int) -> PageModel {
        guard let plan = content.plan, plan.indicators.indices.contains(index) else { return notFoundModel() }
        let indicator = plan.indicators[index]
        let priority = plan.priorities.first { $0.id == indicator.priorityID }
        let years = IndicatorYear.all(of: indicator, in: content)
        var data = Dict([
            "id": indicator.id, "name": indicator.name, "unit": indicator.unit.written,
            "better_text": Self.betterText(indicator.better), "source": indicator.source,
            "description": indicator.description,
            "chart_html": chart(indicator, years: years, idPrefix: "indicator").html,
        ])
        if let priority {
            data["priority"] = ["id": priority.id, "title": priority.title, "url": SiteRoutes.priority(priority)]
        }
        data["years"] = years.map { yearFields($0, of: indicator) }
        data["has_notes"] = years.contains { $0.note != nil }
        // No year has a position yet: the column appears once positions against target are given.
        data["has_positions"] = false
        var crumbs = [homeCrumb, planCrumb]
        if let priority { crumbs.append((priority.title, SiteRoutes.priority(priority))) }
        return PageModel(
            kind: "indicator", url: SiteRoutes.indicator(indicator), title: "\(indicator.id): \(indicator.name)",
            description: indicator.description ?? "\(indicator.name): baseline, targets and actual values by year.",
            updated: priority?.document.updated ?? plan.document.updated ?? plan.published ?? newestDate,
            breadcrumbs: crumbs, data: ["indicator": data.values])
    }

    /// A year's row in the indicator's table.
    private func yearFields(_ year: IndicatorYear, of indicator: Indicator) -> [String: Any] {
        Dict([
            "year": year.year.text, "year_written": year.year.written,
            "baseline": year.baseline.map(indicator.unit.format), "target": year.target.map(indicator.unit.format),
            "actual": year.actual.map(indicator.unit.format), "note": year.note,
            "review": year.review.map { ["title": $0.title, "url": SiteRoutes.review($0)] },
            // Where the year's position against its target (met, close, missed, no data) is
            // given to the template once it is worked out; absent until then.
            "position": nil,
        ]).values
    }

    /// An indicator as its priority's page shows it: linked name, baseline, latest target,
    /// latest actual and the chart.
    func indicatorSummary(_ indicator: Indicator) -> [String: Any] {
        let years = IndicatorYear.all(of: indicator, in: content)
        let unit = indicator.unit
        let latestTarget = indicator.targets.last
        let latestActual = years.last { $0.actual != nil }
        return Dict([
            "id": indicator.id, "name": indicator.name, "url": SiteRoutes.indicator(indicator),
            "better_text": Self.betterText(indicator.better),
            "baseline": indicator.baseline.map { "\(unit.format($0.value)) (\($0.year.text))" },
            "latest_target": latestTarget.map { "\(unit.format($0.value)) (\($0.year.text))" },
            "latest_actual": latestActual.flatMap { year in year.actual.map { "\(unit.format($0)) (\(year.year.text))" }
            },
            "chart_html": chart(indicator, years: years, idPrefix: "indicator-" + indicator.slug).html,
        ]).values
    }

    private func chart(_ indicator: Indicator, years: [IndicatorYear], idPrefix: String) -> IndicatorChart {
        IndicatorChart(
            indicator: indicator,
            actuals: years.compactMap { year in year.actual.map { .init(year: year.year, value: $0) } }, id: idPrefix)
    }

    /// Which way is better, as a sentence.
    static func betterText(_ better: Indicator.Better) -> String {
        switch better {
        case .higher: "Higher is better: the aim is to raise this figure."
        case .lower: "Lower is better: the aim is to bring this figure down."
        }
    }
}
