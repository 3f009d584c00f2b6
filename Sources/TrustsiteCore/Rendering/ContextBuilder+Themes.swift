extension ContextBuilder {
    /// `/plan/themes/<slug>/`: a theme's text, then the priorities grouped under it.
    func themeModel(_ index: Int) -> PageModel {
        guard let plan = content.plan else { return notFoundModel() }
        let theme = plan.themes[index]
        let priorities = plan.priorities(inTheme: theme.slug).map(priorityListFields)
        let data = Dict([
            "title": theme.title, "body_html": theme.document.rendered.html, "priorities": priorities,
            "has_priorities": !priorities.isEmpty,
        ])
        return PageModel(
            kind: "plan-theme", url: SiteRoutes.theme(theme), title: theme.title,
            description: summary(of: theme.document),
            updated: theme.document.updated ?? plan.document.updated ?? plan.published,
            breadcrumbs: [homeCrumb, planCrumb], outline: theme.document.rendered.outline,
            data: ["theme": data.values, "plan": ["title": plan.title, "url": SiteRoutes.plan]])
    }

    /// The plan page's priorities under their themes, then those without one ("Other priorities");
    /// empty when the plan has no themes, and the page lists its priorities as one list.
    func themeGroups(_ plan: Plan) -> [[String: Any]] {
        guard !plan.themes.isEmpty else { return [] }
        var groups = plan.themes.map { theme -> [String: Any] in
            Dict([
                "title": theme.title, "url": SiteRoutes.theme(theme), "anchor": "theme-" + theme.slug,
                "description": summary(of: theme.document),
                "priorities": plan.priorities(inTheme: theme.slug).map(priorityListFields),
            ]).values
        }
        let others = plan.prioritiesWithoutTheme
        if !others.isEmpty {
            groups.append([
                "title": "Other priorities", "anchor": "priorities-without-theme",
                "priorities": others.map(priorityListFields),
            ])
        }
        return groups
    }

    /// A priority as the plan page and a theme page list it.
    func priorityListFields(_ priority: Priority) -> [String: Any] {
        var fields = Dict([
            "id": priority.id, "title": priority.title, "url": SiteRoutes.priority(priority),
            "description": summary(of: priority.document), "action_count": priority.actions.count,
            "outcomes": outcomeLinks(priority.outcomeIDs),
        ])
        fields.merge(priorityLeadFields(priority))
        return fields.values
    }

    /// A priority's theme (linked), lead partner and lead officer, each absent when not written.
    /// A past plan's themes have no pages: its priorities (`past`) link to none, not to a current
    /// theme that happens to share the slug.
    func priorityLeadFields(_ priority: Priority, past: PastPlan? = nil) -> [String: Any] {
        let theme =
            past == nil ? priority.themeSlug.flatMap { slug in content.plan?.themes.first { $0.slug == slug } } : nil
        return Dict([
            "theme": theme.map { ["title": $0.title, "url": SiteRoutes.theme($0)] },
            "lead_name": priority.leadPartnerID.map(partnerName), "lead_url": SiteRoutes.board,
            "lead_officer": priority.leadOfficer?.text,
            "has_leads": priority.leadPartnerID != nil || priority.leadOfficer != nil,
        ]).values
    }
}
