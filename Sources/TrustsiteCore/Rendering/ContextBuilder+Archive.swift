import TrustsiteEscaping
import TrustsiteMarkdown

extension ContextBuilder {
    /// The banner on a past edition: what replaced it, with a link.
    static func pastEditionNotice(currentTitle: String, currentURL: String) -> String {
        "<div class=\"past-edition\" role=\"note\"><p><strong>This is a past edition.</strong> It has been replaced by "
            + "<a href=\"\(HTMLEscaping.escape(currentURL))\">\(HTMLEscaping.escape(currentTitle))</a>. "
            + "It stays here, unchanged, as a public record.</p></div>\n"
    }

    /// `/plan/past/<slug>/`: a replaced plan, kept as it was published.
    func pastPlanModel(_ index: Int) -> PageModel {
        let past = content.pastPlans[index]
        var html = Self.pastEditionNotice(
            currentTitle: content.plan?.title ?? "the current plan", currentURL: SiteRoutes.plan)
        html += "<dl class=\"facts\">\n"
        if let period = past.period {
            html += "<div class=\"facts__row\"><dt>Covered</dt><dd>\(HTMLEscaping.escape(period.text))</dd></div>\n"
        }
        if let published = past.published {
            html +=
                "<div class=\"facts__row\"><dt>Published</dt><dd><time datetime=\"\(published.iso)\">\(published.text)</time></dd></div>\n"
        }
        html += "</dl>\n<div class=\"prose\">\n" + past.document.rendered.html + "</div>\n"
        if let plan = past.plan { html += refreshesHTML(plan) + pastPrioritiesHTML(plan, of: past) }
        return PageModel(
            kind: "page", url: SiteRoutes.pastPlan(past), title: past.title, description: summary(of: past.document),
            updated: past.document.updated ?? past.published,
            breadcrumbs: [homeCrumb, ("Past editions", SiteRoutes.archive)], outline: past.document.rendered.outline,
            data: ["document": ["body_html": html]])
    }

    /// A past plan's priorities, each linked to its page, with its actions: what, who led and by when.
    private func pastPrioritiesHTML(_ plan: Plan, of past: PastPlan) -> String {
        guard !plan.priorities.isEmpty else { return "" }
        var html = "<h2 id=\"priorities\">Priorities and actions</h2>\n"
        for priority in plan.priorities {
            let url = SiteRoutes.priority(priority, of: past)
            html +=
                "<h3 id=\"priority-\(HTMLEscaping.escape(priority.slug))\"><a href=\"\(HTMLEscaping.escape(url))\">"
                + HTMLEscaping.escape("\(priority.id) \(priority.title)") + "</a></h3>\n"
            guard !priority.actions.isEmpty else { continue }
            html += "<ul>\n"
            for action in priority.actions {
                var facts: [String] = []
                let leads = action.leadPartnerIDs.map(partnerName).joinedAsList
                if !leads.isEmpty { facts.append("led by " + HTMLEscaping.escape(leads)) }
                if let due = action.due { facts.append("by " + HTMLEscaping.escape(due.text)) }
                html +=
                    "<li><a href=\"\(HTMLEscaping.escape(url + "#" + SiteRoutes.actionAnchor(action.id)))\">"
                    + HTMLEscaping.escape(action.id) + "</a> " + HTMLEscaping.escape(action.what)
                    + (facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")") + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html
    }

    /// A priority of a past plan kept as a folder, published under the past plan.
    func pastPriorityModel(_ index: Int, _ priorityIndex: Int) -> PageModel {
        let past = content.pastPlans[index]
        guard let plan = past.plan else { return notFoundModel() }
        return priorityModel(plan.priorities[priorityIndex], of: plan, past: past)
    }

    /// `/archive/`: every edition of the plan and every annual report, with dates.
    func archiveModel() -> PageModel {
        func row(_ title: String, _ url: String, _ period: Period?, _ published: Day?, current: Bool) -> String {
            "<tr><th scope=\"row\"><a href=\"\(HTMLEscaping.escape(url))\">\(HTMLEscaping.escape(title))</a>"
                + (current ? " <strong class=\"edition-current\">(current)</strong>" : "") + "</th>"
                + "<td>\(HTMLEscaping.escape(period?.text ?? ""))</td>"
                + "<td>\(published.map { "<time datetime=\"\($0.iso)\">\($0.text)</time>" } ?? "")</td></tr>\n"
        }
        func table(_ id: String, _ caption: String, _ rows: String) -> String {
            "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\"><table class=\"table\">\n"
                + "<caption id=\"\(id)\">\(caption)</caption>\n<thead><tr><th scope=\"col\">Edition</th>"
                + "<th scope=\"col\">Period covered</th><th scope=\"col\">Published</th></tr></thead>\n<tbody>\n"
                + rows + "</tbody>\n</table></div>\n"
        }
        var plans = ""
        if let plan = content.plan {
            plans += row(plan.title, SiteRoutes.plan, plan.period, plan.published, current: true)
        }
        for past in content.pastPlans.reversed() {
            plans += row(past.title, SiteRoutes.pastPlan(past), past.period, past.published, current: false)
        }
        var reviews = ""
        let latest = content.currentReviews.last?.slug
        for review in content.reviews.reversed() {
            reviews += row(
                review.title, SiteRoutes.review(review), review.period, review.published, current: review.slug == latest
            )
        }
        let html =
            "<p>Every edition of the Children and Young People's Plan and every annual report stays on this "
            + "site at the same address, so links to them keep working. Past editions are marked as such.</p>\n"
            + "<h2 id=\"plans\">Plans</h2>\n" + table("plans-caption", "Editions of the plan, newest first", plans)
            + "<h2 id=\"annual-reports\">Annual reports</h2>\n"
            + table("reports-caption", "Annual reports, newest first", reviews)
        return PageModel(
            kind: "page", url: SiteRoutes.archive, title: "Past editions",
            description: "Every edition of the plan and every annual report, with the periods they cover.",
            updated: newestDate, breadcrumbs: [homeCrumb], outline: [], data: ["document": ["body_html": html]])
    }
}
