extension ContextBuilder {
    /// `/plan/indicators/<slug>/`: an indicator of the current plan.
    func indicatorModel(_ index: Int) -> PageModel {
        guard let plan = content.plan, plan.indicators.indices.contains(index) else { return notFoundModel() }
        return indicatorModel(plan.indicators[index], of: plan, past: nil)
    }

    /// `/plan/past/<slug>/indicators/<indicator>/`: an indicator of a past plan kept as a folder.
    func pastIndicatorModel(_ index: Int, _ indicatorIndex: Int) -> PageModel {
        guard content.pastPlans.indices.contains(index) else { return notFoundModel() }
        let past = content.pastPlans[index]
        guard let plan = past.plan, plan.indicators.indices.contains(indicatorIndex) else { return notFoundModel() }
        return indicatorModel(plan.indicators[indicatorIndex], of: plan, past: past)
    }

    /// An indicator with its chart and the same numbers in a table, each actual linked to the
    /// report it comes from and each year with a target given its position against it. Under
    /// `past`, a past plan kept as a folder, the page is marked as a past edition and its
    /// actuals come from that plan's reports.
    func indicatorModel(_ indicator: Indicator, of plan: Plan, past: PastPlan?) -> PageModel {
        let priority = plan.priorities.first { $0.id == indicator.priorityID }
        let years = IndicatorYear.all(of: indicator, in: content, past: past)
        let notice = past.map { _ in
            Self.pastEditionNotice(currentTitle: content.plan?.title ?? "the current plan", currentURL: SiteRoutes.plan)
        }
        var data = Dict([
            "id": indicator.id, "name": indicator.name, "unit": indicator.unit.written,
            "better_text": Self.betterText(indicator.better), "source": indicator.source,
            "description": indicator.description, "past_notice_html": notice,
            "chart_html": chart(indicator, years: years, idPrefix: "indicator").html,
        ])
        if let priority {
            data["priority"] = [
                "id": priority.id, "title": priority.title, "url": SiteRoutes.priority(priority, of: past),
            ]
        }
        data["years"] = years.map { yearFields($0, of: indicator) }
        data["has_notes"] = years.contains { $0.note != nil }
        let hasPositions = years.contains { $0.position(better: indicator.better) != nil }
        data["has_positions"] = hasPositions
        data["positions_rule"] = hasPositions ? IndicatorPosition.statedRule : nil
        let planURL = past.map(SiteRoutes.pastPlan) ?? SiteRoutes.plan
        var crumbs =
            past.map { [homeCrumb, ("Past editions", SiteRoutes.archive), ($0.title, planURL)] }
            ?? [homeCrumb, planCrumb]
        if let priority { crumbs.append((priority.title, SiteRoutes.priority(priority, of: past))) }
        return PageModel(
            kind: "indicator", url: SiteRoutes.indicator(indicator, of: past),
            title: "\(indicator.id): \(indicator.name)",
            description: indicator.description ?? "\(indicator.name): baseline, targets and actual values by year.",
            updated: priority?.document.updated ?? plan.document.updated ?? plan.published ?? newestDate,
            breadcrumbs: crumbs, data: ["indicator": data.values])
    }

    /// A year's row in the indicator's table.
    private func yearFields(_ year: IndicatorYear, of indicator: Indicator) -> [String: Any] {
        let position = year.position(better: indicator.better)
        return Dict([
            "year": year.year.text, "year_written": year.year.written,
            "baseline": year.baseline.map(indicator.unit.format), "target": year.target.map(indicator.unit.format),
            "actual": year.actual.map(indicator.unit.format), "note": year.note,
            "review": year.review.map { ["title": $0.title, "url": SiteRoutes.review($0)] },
            // In words, with the same patterned badge as the report's table: never colour alone.
            "position": position.map { ["label": $0.label, "class": Self.positionClass($0)] },
        ]).values
    }

    /// An indicator as its priority's page shows it: linked name, baseline, latest target,
    /// latest actual and the chart.
    func indicatorSummary(_ indicator: Indicator, past: PastPlan? = nil) -> [String: Any] {
        let years = IndicatorYear.all(of: indicator, in: content, past: past)
        let unit = indicator.unit
        let latestTarget = indicator.targets.last
        let latestActual = years.last { $0.actual != nil }
        return Dict([
            "id": indicator.id, "name": indicator.name, "url": SiteRoutes.indicator(indicator, of: past),
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
