extension ContextBuilder {
    func homeModel() -> PageModel {
        var home = Dict(["intro_html": content.home?.rendered.html])
        if let plan = content.plan {
            home["plan"] = Dict(["title": plan.title, "url": SiteRoutes.plan, "period_text": plan.period?.text]).values
            home["priorities"] = plan.priorities.map {
                Dict([
                    "id": $0.id, "title": $0.title, "url": SiteRoutes.priority($0),
                    "description": summary(of: $0.document),
                ]).values
            }
            home["outcomes"] = Outcome.all.map { ["id": $0.id, "title": $0.title, "url": SiteRoutes.outcome($0.id)] }
        }
        if let latest = content.currentReviews.last ?? content.reviews.last {
            home["latest_review"] =
                Dict([
                    "title": latest.title, "url": SiteRoutes.review(latest),
                    "period_text": latest.period?.text,
                ]).values
        }
        home["has_latest_review"] = !content.reviews.isEmpty
        if let latest = content.currentReviews.last, content.plan != nil {
            home["progress_chart_html"] = progressCharts(for: latest, idPrefix: "home-chart").priorities
        }
        return PageModel(
            kind: "home", url: SiteRoutes.home, title: content.home?.title ?? content.config.name,
            description: content.home?.description ?? content.config.description,
            updated: content.home?.updated ?? content.config.updated ?? newestDate,
            breadcrumbs: [], outline: content.home?.rendered.outline ?? [], data: ["home": home.values])
    }

    func freePageModel(_ index: Int) -> PageModel {
        let page = content.pages[index]
        var crumbs = [homeCrumb]
        // Parent folders that are pages themselves become breadcrumbs: /help/ for /glossary/.
        var path = ""
        for part in page.url.split(separator: "/").dropLast() {
            path += "/\(part)"
            if let title = pageTitles[path + "/"] { crumbs.append((title, path + "/")) }
        }
        return PageModel(
            kind: "page", url: page.url, title: page.title, description: summary(of: page.document),
            updated: page.document.updated ?? content.config.updated ?? newestDate, breadcrumbs: crumbs,
            outline: page.document.rendered.outline, data: ["document": ["body_html": page.document.rendered.html]])
    }

    func notFoundModel() -> PageModel {
        PageModel(
            kind: "not-found", url: SiteRoutes.notFound, title: "Page not found",
            description: "The page you asked for is not on this site.",
            updated: content.config.updated ?? newestDate, breadcrumbs: [homeCrumb])
    }
}
