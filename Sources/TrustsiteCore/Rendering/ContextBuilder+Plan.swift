extension ContextBuilder {
    func planModel() -> PageModel {
        guard let plan = content.plan else { return notFoundModel() }
        var data = Dict(["title": plan.title, "intro_html": plan.document.rendered.html])
        if let period = plan.period {
            data.merge(period.start.fields("period_start"))
            data.merge(period.end.fields("period_end"))
        }
        if let published = plan.published { data.merge(published.fields("published")) }
        data["sign_off"] = plan.signOffs.map { signOff -> [String: Any] in
            let agreed = Self.agreedBy(signOff)
            var fields = Dict([
                "agreed": agreed, "minute": signOff.minute, "has_minute": signOff.minute != nil,
                // For a site's own copy of the plan page written before `by:`.
                "meeting": signOff.meeting,
            ])
            fields.merge(signOff.date.fields("date"))
            // A meeting written with its date ("Full Council, 20 March 2008") is not followed by
            // the date again: the date within it is marked up in its place.
            if let agreed, let range = agreed.range(of: signOff.date.text) {
                fields["date_in_agreed"] = true
                fields["agreed_before"] = String(agreed[..<range.lowerBound])
                fields["agreed_after"] = String(agreed[range.upperBound...])
            }
            return fields.values
        }
        data["has_sign_off"] = !plan.signOffs.isEmpty
        data["refreshes_html"] = refreshesHTML(plan)
        data["sections"] = plan.sections.map {
            Dict(["title": $0.title, "url": SiteRoutes.section($0), "description": summary(of: $0.document)]).values
        }
        data["priorities"] = plan.priorities.map(priorityListFields)
        let groups = themeGroups(plan)
        data["themes"] = groups
        data["has_themes"] = !groups.isEmpty
        data["has_indicators"] = !plan.indicators.isEmpty
        data["indicators"] = plan.indicators.map { indicator -> [String: Any] in
            let priority = plan.priorities.first { $0.id == indicator.priorityID }
            return Dict([
                "id": indicator.id, "name": indicator.name, "url": SiteRoutes.indicator(indicator),
                "priority_id": indicator.priorityID, "priority_url": priority.map(SiteRoutes.priority),
            ]).values
        }
        return PageModel(
            kind: "plan", url: SiteRoutes.plan, title: plan.title, description: summary(of: plan.document),
            updated: plan.document.updated ?? plan.published ?? newestDate, breadcrumbs: [homeCrumb],
            outline: plan.document.rendered.outline,
            data: Dict([
                "plan": data.values,
                "pdf_download": pdfDownload(
                    printedFrom: SiteRoutes.planWhole, label: "Download the whole plan"),
            ]).values)
    }

    func sectionModel(_ index: Int) -> PageModel {
        guard let plan = content.plan else { return notFoundModel() }
        let section = plan.sections[index]
        return PageModel(
            kind: "plan-section", url: SiteRoutes.section(section), title: section.title,
            description: summary(of: section.document),
            updated: section.document.updated ?? plan.document.updated ?? plan.published,
            breadcrumbs: [homeCrumb, planCrumb], outline: section.document.rendered.outline,
            data: [
                "section": ["title": section.title, "body_html": section.document.rendered.html],
                "plan": ["title": plan.title, "url": SiteRoutes.plan],
            ])
    }

    func priorityModel(_ index: Int) -> PageModel {
        guard let plan = content.plan else { return notFoundModel() }
        return priorityModel(plan.priorities[index], of: plan, past: nil)
    }

    /// A priority's page, under the current plan or under `past`, a past plan kept as a folder
    /// (marked as a past edition, in the trail below it).
    func priorityModel(_ priority: Priority, of plan: Plan, past: PastPlan?) -> PageModel {
        let actions = priority.actions.map(actionFields)
        let notice = past.map { _ in
            Self.pastEditionNotice(currentTitle: content.plan?.title ?? "the current plan", currentURL: SiteRoutes.plan)
        }
        var data = Dict([
            "id": priority.id, "title": priority.title,
            "body_html": (notice ?? "") + priority.document.rendered.html,
            "resources": priority.resources, "has_resources": priority.resources != nil,
            "outcomes": outcomeLinks(priority.outcomeIDs), "actions": actions,
            "indicators": priority.indicators.map { indicatorSummary($0, past: past) },
            "has_indicators": !priority.indicators.isEmpty,
        ])
        data.merge(priorityLeadFields(priority, past: past))
        let planURL = past.map(SiteRoutes.pastPlan) ?? SiteRoutes.plan
        let crumbs = past.map { [homeCrumb, ("Past editions", SiteRoutes.archive), ($0.title, planURL)] }
        return PageModel(
            kind: "priority", url: SiteRoutes.priority(priority, of: past), title: priority.title,
            description: summary(of: priority.document),
            updated: priority.document.updated ?? plan.document.updated ?? plan.published,
            breadcrumbs: crumbs ?? [homeCrumb, planCrumb], outline: priority.document.rendered.outline,
            data: ["priority": data.values, "plan": ["title": plan.title, "url": planURL], "card_level": 3])
    }

    /// An action as its card shows it (on its priority's page and in the whole plan).
    func actionFields(_ action: Action) -> [String: Any] {
        let supporters = action.supportingPartnerIDs.map(partnerName)
        var fields = Dict([
            "id": action.id, "anchor": SiteRoutes.actionAnchor(action.id), "what": action.what,
            "leads": leadFields(action.leadPartnerIDs), "joint_leads": action.leadPartnerIDs.count > 1,
            // For a site's own copy of the card written before joint leads: every lead, in one.
            "lead": ["name": action.leadPartnerIDs.map(partnerName).joinedAsList, "url": SiteRoutes.board],
            "lead_officer": action.leadOfficer?.text,
            "supporters": supporters.map { ["name": $0] }, "has_supporters": !supporters.isEmpty,
            "supporters_text": supporters.joined(separator: ", "),
            "resources": action.resources, "has_resources": action.resources != nil,
            "measure": action.measure, "baseline": action.baseline, "target": action.target,
        ])
        if let due = action.due {
            // Shown as written: a month or a financial year is never turned into a day.
            fields["by_iso"] = due.datetime
            fields["by_text"] = due.text
        }
        if let reviewBy = action.reviewBy, action.due == .ongoing { fields.merge(reviewBy.fields("review_by")) }
        if let start = action.start {
            fields["start_iso"] = start.datetime
            fields["start_text"] = start.text
        }
        fields["has_start"] = action.start != nil
        fields["milestones"] = action.milestones.map { milestone -> [String: Any] in
            Dict([
                "what": milestone.what, "done": milestone.done, "by_text": milestone.by?.text,
                "by_iso": milestone.by?.datetime,
            ]).values
        }
        fields["has_milestones"] = !action.milestones.isEmpty
        fields.merge(Self.changeFields(action.changes))
        return fields.values
    }

    /// Who agreed the plan, as the plan page shows it before the date: the meeting, for the Board
    /// (as it always was); for another body, its name, then the meeting unless that names it already.
    static func agreedBy(_ signOff: Plan.SignOff) -> String? {
        guard !signOff.isByBoard, let body = signOff.body else { return signOff.meeting }
        guard let meeting = signOff.meeting else { return body }
        return meeting.lowercased().contains(body.lowercased()) ? meeting : body + ", " + meeting
    }

    /// Each lead partner with what goes before it in a sentence listing them: "", ", " or " and ".
    private func leadFields(_ ids: [String]) -> [[String: Any]] {
        ids.enumerated().map { index, id in
            let separator = index == 0 ? "" : index == ids.count - 1 ? " and " : ", "
            return ["name": partnerName(id), "url": SiteRoutes.board, "separator": separator]
        }
    }

    /// `/plan/whole/`: the whole plan on one page, for reading through or printing.
    func wholePlanModel() -> PageModel {
        guard let plan = content.plan else { return notFoundModel() }
        var whole = Dict([
            "period_text": plan.period?.text, "published_text": plan.published?.text,
            "intro_html": HTMLNesting.nest(
                RelativeAddresses.rooted(plan.document.rendered.html, from: SiteRoutes.plan), idPrefix: "introduction"),
        ])
        let agreed = plan.signOffs.map { signOff in
            let minute = signOff.minute.map { " (minute \($0))" } ?? ""
            // A meeting written with its date ("Full Council, 20 March 2008") says the date once.
            if let meeting = signOff.meeting, meeting.contains(signOff.date.text) {
                return (Self.agreedBy(signOff).map { "By \($0)" } ?? meeting) + minute
            }
            let place = [signOff.meeting, signOff.minute.map { "minute \($0)" }].compactMap { $0 }.joined(
                separator: ", ")
            return (signOff.isByBoard ? "" : "By \(signOff.body ?? ""), ") + signOff.date.text
                + (place.isEmpty ? "" : " (\(place))")
        }
        if !agreed.isEmpty { whole["sign_off_text"] = agreed.joined(separator: "; ") }
        whole["sections"] = plan.sections.map { section -> [String: Any] in
            let anchor = "section-" + section.slug
            return [
                "title": section.title, "anchor": anchor,
                "body_html": HTMLNesting.nest(
                    RelativeAddresses.rooted(section.document.rendered.html, from: SiteRoutes.section(section)),
                    idPrefix: anchor),
            ]
        }
        whole["priorities"] = plan.priorities.map { priority -> [String: Any] in
            let anchor = "priority-" + priority.slug
            var fields = Dict([
                "id": priority.id, "title": priority.title, "anchor": anchor, "resources": priority.resources,
                "outcomes_text": priority.outcomeIDs.compactMap(Outcome.named).map(\.title).joined(separator: ", "),
                "body_html": HTMLNesting.nest(
                    RelativeAddresses.rooted(priority.document.rendered.html, from: SiteRoutes.priority(priority)),
                    idPrefix: anchor),
                "actions": priority.actions.map(actionFields),
                // Printed with the plan: its measures, each with its chart and figures so far.
                "indicators": priority.indicators.map { indicatorSummary($0) },
                "has_indicators": !priority.indicators.isEmpty,
            ])
            fields.merge(priorityLeadFields(priority))
            return fields.values
        }
        return PageModel(
            kind: "plan-whole", url: SiteRoutes.planWhole, title: plan.title + ": the whole plan",
            description: "The whole of \(plan.title) on one page, to read through or print.",
            updated: plan.document.updated ?? plan.published, breadcrumbs: [homeCrumb, planCrumb],
            data: Dict([
                "whole": whole.values, "card_level": 4,
                "pdf_download": pdfDownload(
                    printedFrom: SiteRoutes.planWhole, label: "Download the whole plan"),
            ]).values)
    }
}
