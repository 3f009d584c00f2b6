extension ContextBuilder {
    /// `/search/`: the search box (with the script) and, for every browser, the list of every page.
    func searchModel() -> PageModel {
        var groups: [[String: Any]] = []
        func group(_ id: String, _ title: String, _ pages: [(String, String)]) {
            guard !pages.isEmpty else { return }
            groups.append(["id": id, "title": title, "pages": pages.map { ["title": $0.0, "url": $0.1] }])
        }
        if let plan = content.plan {
            group(
                "plan", plan.title,
                [(plan.title, SiteRoutes.plan), ("The whole plan on one page", SiteRoutes.planWhole)]
                    + plan.sections.map { ($0.title, SiteRoutes.section($0)) }
                    + plan.priorities.map { ("\($0.id) \($0.title)", SiteRoutes.priority($0)) }
                    + plan.indicators.map { ("\($0.id): \($0.name)", SiteRoutes.indicator($0)) })
            group(
                "past-plans", "Past editions of the plan",
                content.pastPlans.reversed().map { ($0.title, SiteRoutes.pastPlan($0)) })
            group("outcomes", "The five outcomes", Outcome.all.map { ($0.title, SiteRoutes.outcome($0.id)) })
        }
        group("reviews", "Annual reports", content.reviews.reversed().map { ($0.title, SiteRoutes.review($0)) })
        if content.board != nil { group("board", "The Board", [("The Children's Trust Board", SiteRoutes.board)]) }
        if let offer = content.offer {
            group(
                "offer", offer.document?.title ?? "Help for children and families",
                [(offer.document?.title ?? "Help for children and families", SiteRoutes.offer)]
                    + offer.services.map { ($0.name, SiteRoutes.service($0)) })
        }
        var other = content.pages.map { ($0.title, $0.url) }
        if content.config.accessibility != nil { other.append(("Accessibility statement", SiteRoutes.accessibility)) }
        other += [("About this information", SiteRoutes.aboutThisInformation), ("Open data", SiteRoutes.openData)]
        if !content.pastPlans.isEmpty || content.reviews.count > 1 {
            other.append(("Past editions", SiteRoutes.archive))
        }
        group("other", "Other pages", other.sorted { $0.0 < $1.0 })
        return PageModel(
            kind: "search", url: SiteRoutes.search, title: "Search",
            description: "Search the plan, the annual reports, the Board and the services, or browse every page.",
            updated: content.config.updated ?? newestDate, breadcrumbs: [homeCrumb],
            data: ["search": ["groups": groups]])
    }
}
