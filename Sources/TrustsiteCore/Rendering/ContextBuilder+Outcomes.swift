extension ContextBuilder {
    func outcomesModel() -> PageModel {
        let priorities = content.plan?.priorities ?? []
        let services = content.offer?.services ?? []
        let outcomes = Outcome.all.map { outcome -> [String: Any] in
            let serving = priorities.filter { $0.outcomeIDs.contains(outcome.id) }
            return [
                "id": outcome.id, "title": outcome.title, "url": SiteRoutes.outcome(outcome.id), "aims": outcome.aims,
                "priority_count": serving.count, "action_count": serving.reduce(0) { $0 + $1.actions.count },
                "service_count": services.filter { $0.outcomeIDs.contains(outcome.id) }.count,
            ]
        }
        return PageModel(
            kind: "outcomes", url: SiteRoutes.outcomes, title: "The five outcomes",
            description: "What the plan does for each of the five outcomes for children and young people.",
            updated: content.plan?.document.updated ?? content.plan?.published ?? newestDate,
            breadcrumbs: [homeCrumb], data: ["outcomes": outcomes])
    }

    func outcomeModel(_ id: String) -> PageModel {
        guard let outcome = Outcome.named(id) else { return notFoundModel() }
        let priorities = (content.plan?.priorities ?? []).filter { $0.outcomeIDs.contains(id) }.map { priority in
            [
                "id": priority.id, "title": priority.title, "url": SiteRoutes.priority(priority),
                "actions": priority.actions.map { action in
                    [
                        "id": action.id, "what": action.what,
                        "url": SiteRoutes.priority(priority) + "#" + SiteRoutes.actionAnchor(action.id),
                    ]
                },
            ] as [String: Any]
        }
        let services = (content.offer?.services ?? []).filter { $0.outcomeIDs.contains(id) }.map {
            Dict(["name": $0.name, "url": SiteRoutes.service($0), "summary": $0.summary]).values
        }
        let data: [String: Any] = [
            "id": outcome.id, "title": outcome.title, "aims": outcome.aims,
            "priorities": priorities, "has_priorities": !priorities.isEmpty,
            "services": services, "has_services": !services.isEmpty,
        ]
        return PageModel(
            kind: "outcome", url: SiteRoutes.outcome(id), title: outcome.title,
            description: "What the plan and the local offer do so that children and young people "
                + outcome.title.lowercased() + ".",
            updated: content.plan?.document.updated ?? content.plan?.published ?? newestDate,
            breadcrumbs: [homeCrumb, ("The five outcomes", SiteRoutes.outcomes)], data: ["outcome": data])
    }
}
