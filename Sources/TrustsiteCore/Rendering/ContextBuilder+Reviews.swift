import TrustsiteEscaping
import TrustsiteMarkdown

extension ContextBuilder {
    func reviewsModel() -> PageModel {
        let reviews = content.reviews.reversed().map { review -> [String: Any] in
            var fields = Dict([
                "title": review.title, "url": SiteRoutes.review(review), "period_text": review.period?.text,
            ])
            if let published = review.published { fields.merge(published.fields("published")) }
            return fields.values
        }
        return PageModel(
            kind: "reviews", url: SiteRoutes.reviews, title: "Annual reports",
            description: "Each year's report on what the partners did under the plan, action by action.",
            updated: content.reviews.compactMap { $0.document.updated ?? $0.published }.max() ?? newestDate,
            breadcrumbs: [homeCrumb], data: ["reviews": Array(reviews), "year_on_year_html": yearOnYear()])
    }

    func reviewModel(_ index: Int) -> PageModel {
        let review = content.reviews[index]
        // A review of a past plan kept as a folder is shown with that plan's actions, as one of the current plan is.
        let pastPlan = content.pastPlan(of: review)
        if !review.isOfCurrentPlan, pastPlan?.plan == nil { return pastReviewModel(review) }
        let entries = Dictionary(review.progress.map { ($0.actionID, $0) }, uniquingKeysWith: { first, _ in first })
        let priorities = (content.plan(of: review)?.priorities ?? []).map { priority -> [String: Any] in
            let actions = priority.actions.map { action -> [String: Any] in
                let entry = entries[action.id]
                // Only an action the report reports on shows its milestones for the year.
                let milestones = entry == nil ? [] : reviewMilestones(action, in: review.period)
                return Dict([
                    "milestones": milestones, "has_milestones": !milestones.isEmpty,
                    "id": action.id, "what": action.what,
                    "url": SiteRoutes.priority(priority, of: pastPlan) + "#" + SiteRoutes.actionAnchor(action.id),
                    "status": entry?.status?.rawValue ?? "not-reported", "label": entry?.statusLabel ?? "Not reported",
                    "local": entry?.localStatus != nil && entry?.status != nil,
                    "evidence": entry?.evidence, "lead_name": action.leadPartnerIDs.map(partnerName).joinedAsList,
                ]).values
            }
            return [
                "id": priority.id, "title": priority.title, "url": SiteRoutes.priority(priority, of: pastPlan),
                "actions": actions,
            ]
        }
        let totals = statusTotals(review)
        let partners = review.partnerStatements.map { statement -> [String: Any] in
            let partner = content.board?.partner(statement.partnerID)
            return Dict([
                "name": partner?.name ?? statement.partnerID, "type_label": partner?.type.label,
                "statement": statement.statement,
            ]).values
        }
        var data = Dict([
            "title": review.title, "body_html": review.document.rendered.html, "period_text": review.period?.text,
            "totals": totals, "priorities": priorities, "partners": partners, "has_partners": !partners.isEmpty,
        ])
        if let published = review.published { data.merge(published.fields("published")) }
        let charts = progressCharts(for: review, idPrefix: "chart")
        data["chart_priorities_html"] = charts.priorities
        data["chart_outcomes_html"] = charts.outcomes
        let indicators = reviewIndicatorsHTML(review)
        if !indicators.isEmpty {
            data["indicators_html"] = indicators
            data["has_indicators"] = true
        }
        if let pastPlan {
            data["plan"] = ["title": pastPlan.title, "url": SiteRoutes.pastPlan(pastPlan)]
            data["past_edition"] = pastEditionFields()
        } else if let plan = content.plan {
            data["plan"] = ["title": plan.title, "url": SiteRoutes.plan]
        }
        if pastPlan == nil, let latest = content.currentReviews.last, latest.slug != review.slug {
            data["past_edition"] = ["current_title": latest.title, "current_url": SiteRoutes.review(latest)]
        }
        return PageModel(
            kind: "review", url: SiteRoutes.review(review), title: review.title,
            description: summary(of: review.document), updated: review.document.updated ?? review.published,
            breadcrumbs: [homeCrumb, ("Annual reports", SiteRoutes.reviews)],
            outline: review.document.rendered.outline,
            data: Dict([
                "review": data.values,
                "pdf_download": pdfDownload(
                    printedFrom: SiteRoutes.review(review), label: "Download this report"),
            ]).values)
    }

    /// A review of a past plan: its own text and statuses, marked as a past edition.
    func pastReviewModel(_ review: Review) -> PageModel {
        let pastPlan = content.pastPlans.first { $0.slug == review.pastPlanSlug }
        let totals = statusTotals(review)
        let entries = review.progress.map { entry -> [String: Any] in
            Dict([
                "id": entry.actionID, "what": "", "status": entry.status?.rawValue ?? "not-reported",
                "label": entry.statusLabel ?? "Not reported", "local": entry.localStatus != nil && entry.status != nil,
                "evidence": entry.evidence,
            ]).values
        }
        var data = Dict([
            "title": review.title, "body_html": review.document.rendered.html, "period_text": review.period?.text,
            "totals": totals, "past_entries": entries, "has_past_entries": !entries.isEmpty,
        ])
        if let published = review.published { data.merge(published.fields("published")) }
        if let pastPlan { data["plan"] = ["title": pastPlan.title, "url": SiteRoutes.pastPlan(pastPlan)] }
        data["past_edition"] = pastEditionFields()
        return PageModel(
            kind: "review", url: SiteRoutes.review(review), title: review.title,
            description: summary(of: review.document), updated: review.document.updated ?? review.published,
            breadcrumbs: [homeCrumb, ("Annual reports", SiteRoutes.reviews)],
            outline: review.document.rendered.outline, data: ["review": data.values])
    }

    /// The notice on a review of a past plan: the latest report on the current plan, or the plan itself.
    private func pastEditionFields() -> [String: Any] {
        let latest = content.currentReviews.last
        return Dict([
            "current_title": latest?.title ?? content.plan?.title,
            "current_url": latest.map(SiteRoutes.review) ?? SiteRoutes.plan,
        ]).values
    }

    /// How many actions the review gives each status, labelled with the site's own words it uses.
    private func statusTotals(_ review: Review) -> [[String: Any]] {
        let labels = ProgressStatus.labels(for: review.progress)
        return ProgressStatus.shown(using: review.progress.compactMap(\.status)).map { status in
            [
                "status": status.rawValue, "label": labels[status] ?? status.label,
                "local": labels[status] != status.label,
                "count": review.progress.filter { $0.status == status }.count,
            ]
        }
    }

    /// How many of the current plan's actions were in each status, report by report.
    func yearOnYear() -> String {
        let reviews = content.currentReviews
        guard !reviews.isEmpty else { return "" }
        var html =
            "<h2 id=\"year-on-year\">Progress year on year</h2>\n"
            + "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"year-on-year-caption\" tabindex=\"0\">\n"
            + "<table class=\"table table--chart\">\n<caption id=\"year-on-year-caption\">Number of the plan's actions in each "
            + "status at the end of each year</caption>\n<thead><tr><th scope=\"col\">Status</th>"
        for review in reviews {
            html +=
                "<th scope=\"col\" class=\"numeric\"><a href=\"\(SiteRoutes.review(review))\">"
                + HTMLEscaping.escape(review.period.map { "\($0.start.year) to \($0.end.year)" } ?? review.title)
                + "</a></th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let labels = ProgressStatus.labels(for: reviews.flatMap(\.progress))
        for status in ProgressStatus.shown(using: reviews.flatMap(\.progress).compactMap(\.status)) {
            let label = labels[status] ?? status.label
            html +=
                "<tr><th scope=\"row\"><span class=\"status status--\(status.rawValue)"
                + (label == status.label ? "" : " status--local") + "\">\(HTMLEscaping.escape(label))</span></th>"
            for review in reviews {
                html += "<td class=\"numeric\">\(review.progress.filter { $0.status == status }.count)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }
}
