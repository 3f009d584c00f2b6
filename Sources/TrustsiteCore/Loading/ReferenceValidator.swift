/// Checks that ids are unique and that every reference (to a partner, an action, an outcome)
/// points at something that exists. It runs on every load, after everything that could be read
/// is read: a reference to an item that could not be loaded (a partner whose `type:` is wrong,
/// say) is not reported again, since the item's own error says what to fix, and no partner is
/// looked up when the Board's file is missing or unreadable (that is reported once, on its own).
struct ReferenceValidator {
    let content: SiteContent
    let log: DiagnosticLog

    func validate() {
        // A partner whose id could not be read may be the one any unknown id names.
        let board = content.board.flatMap {
            $0.places.unreadable || $0.unloadedPartners.contains { $0.id == nil } ? nil : $0
        }
        let partnerIDs = Set(board?.partners.map(\.id) ?? [])
        let unloadedIDs = Set(board?.unloadedPartners.compactMap(\.id) ?? [])
        func checkPartner(
            _ id: String, at location: SourceLocation, role: String, rule: String, otherwise: String? = nil
        ) {
            guard board != nil, !partnerIDs.contains(id), !unloadedIDs.contains(id) else { return }
            reportUnknownPartner(id, known: partnerIDs, at: location, role: role, rule: rule, otherwise: otherwise)
        }
        checkUnique(content.board?.partners.map { ($0.id, $0.places.location(of: "id")) } ?? [], what: "partner id")
        if let plan = content.plan {
            checkUnique(plan.priorities.map { ($0.id, $0.places.location(of: "id")) }, what: "priority id")
            checkUnique(plan.actions.map { ($0.id, $0.places.location(of: "id")) }, what: "action id")
            checkUnique(plan.indicators.map { ($0.id, $0.places.location(of: "id")) }, what: "indicator id")
            checkIndicatorAddresses(plan.indicators)
            for priority in plan.priorities {
                for (outcome, location) in zip(priority.outcomeIDs, priority.outcomeLocations) {
                    checkOutcome(outcome, at: location, rule: "PLAN-OUTCOMES")
                }
                checkTheme(of: priority, in: plan)
                if let lead = priority.leadPartnerID {
                    checkPartner(
                        lead, at: priority.places.location(of: "lead"), role: "lead partner of priority \(priority.id)",
                        rule: "BOARD-ACTION-LEADS")
                }
                for action in priority.actions where !action.leadPartnerIDs.isEmpty {
                    for (lead, location) in zip(action.leadPartnerIDs, action.leadLocations) {
                        checkPartner(
                            lead, at: location, role: "lead partner of action \(action.id)", rule: "BOARD-ACTION-LEADS")
                    }
                    for (supporter, location) in zip(action.supportingPartnerIDs, action.supportLocations) {
                        checkPartner(
                            supporter, at: location, role: "supporting partner of action \(action.id)",
                            rule: "PLAN-ACTIONS")
                    }
                }
            }
        }
        // A past plan's actions and indicators are what its reports are checked against, so their
        // ids are unique too; its partners are not looked up on today's Board, which some may have left.
        for past in content.pastPlans {
            guard let plan = past.plan else { continue }
            checkUnique(plan.priorities.map { ($0.id, $0.places.location(of: "id")) }, what: "priority id")
            checkUnique(plan.actions.map { ($0.id, $0.places.location(of: "id")) }, what: "action id")
            // Its indicators' pages are published under it, so their ids need only be unique in it.
            checkUnique(plan.indicators.map { ($0.id, $0.places.location(of: "id")) }, what: "indicator id")
            checkIndicatorAddresses(plan.indicators, of: past)
        }
        // A provider written as an id (`fernlow-council`) is a Board partner's; any other is an
        // organisation's name (`Home-Start Fernlow`), for providers not on the Board.
        for service in content.offer?.services ?? [] {
            for (provider, location) in zip(service.providers, service.providerLocations)
            where Service.isPartnerID(provider) {
                checkPartner(
                    provider, at: location, role: "provider of the service \"\(service.name)\"", rule: "OFFER-SERVICES",
                    otherwise:
                        "For an organisation not on the Board, write its name as families know it, e.g. `providers: [fernlow-council, Home-Start Fernlow]`."
                )
            }
        }
        for member in content.board?.allMembers ?? [] {
            for (id, location) in zip(member.partnerIDs, member.partnerLocations) {
                checkPartner(id, at: location, role: "partner of \(member.name)", rule: "BOARD-RELEVANT-PARTNERS")
            }
        }
        // Progress for actions the plan lacks is the REVIEW-PROGRESS rule's to report.
        let pastPlans = content.pastPlans.map(\.slug)
        for review in content.reviews {
            if let slug = review.pastPlanSlug, !pastPlans.contains(slug) {
                let suggestion = KeySuggester.suggestion(for: slug, among: pastPlans)
                log.report(
                    Diagnostic(
                        .error, at: review.places.location(of: "plan"),
                        "the review says it reports on the plan '\(slug)', which is not in content/plan/past/.",
                        hint: suggestion.map { "Did you mean '\($0)'?" }
                            ?? "Leave `plan:` out for a review of the current plan, or name a file or folder in content/plan/past/."
                    ).breaking("REVIEW-EXISTS"))
            }
            for statement in review.partnerStatements {
                checkPartner(
                    statement.partnerID, at: statement.location, role: "partner statement", rule: "REVIEW-PARTNERS")
            }
        }
        for service in content.offer?.services ?? [] {
            for (outcome, location) in zip(service.outcomeIDs, service.outcomeLocations) {
                checkOutcome(outcome, at: location, rule: "OFFER-SERVICE-OUTCOMES")
            }
        }
    }

    private func checkUnique(_ items: [(String, SourceLocation)], what: String) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                log.error(
                    location, "\(what) '\(id)' is used twice; it is also at \(earlier).",
                    hint: "Give each one its own \(what).")
            } else {
                first[id] = location
            }
        }
    }

    /// Two ids written differently (`NI 117`, `NI-117`) would publish two pages at one address.
    /// `past` is the past plan they belong to, whose indicators are published under it.
    private func checkIndicatorAddresses(_ indicators: [Indicator], of past: PastPlan? = nil) {
        var first: [String: Indicator] = [:]
        var ids: Set<String> = []
        for indicator in indicators {
            // An id written twice is reported once, as used twice.
            guard ids.insert(indicator.id).inserted else { continue }
            if let earlier = first[indicator.slug] {
                log.error(
                    indicator.places.location(of: "id"),
                    "indicators '\(earlier.id)' and '\(indicator.id)' would both be published at "
                        + "\(SiteRoutes.indicator(indicator, of: past)); the first is at \(earlier.places.location(of: "id")).",
                    hint: "Give them ids that differ in their letters or digits, not only in spaces or punctuation.")
            } else {
                first[indicator.slug] = indicator
            }
        }
    }

    private func reportUnknownPartner(
        _ id: String, known: Set<String>, at location: SourceLocation, role: String, rule: String,
        otherwise: String? = nil
    ) {
        let suggestion = KeySuggester.suggestion(for: id, among: known)
        let hint =
            suggestion.map { "Did you mean '\($0)'?" }
            ?? "Add the partner to \(BoardLoader.dataPath) under `partners:`, or use the id of one listed there."
        log.report(
            Diagnostic(
                .error, at: location, "the \(role) is '\(id)', which is not a partner in \(BoardLoader.dataPath).",
                hint: hint + (otherwise.map { " " + $0 } ?? "")
            ).breaking(rule))
    }

    /// A priority's `theme:` names one of the plan's themes; one that does not is reported at its
    /// value, and the priority is listed with those without a theme.
    private func checkTheme(of priority: Priority, in plan: Plan) {
        guard let slug = priority.themeSlug, !plan.themes.contains(where: { $0.slug == slug }) else { return }
        let slugs = plan.themes.map(\.slug)
        let suggestion = KeySuggester.suggestion(for: slug, among: slugs).map { "Did you mean '\($0)'? " } ?? ""
        let known =
            slugs.isEmpty
            ? "The plan has no themes: add content/plan/themes/\(slug).md, or leave `theme:` out."
            : "Use the file name of a theme in content/plan/themes/: " + slugs.joined(separator: ", ") + "."
        log.report(
            Diagnostic(
                .error, at: priority.places.location(of: "theme"),
                "the priority's theme is '\(slug)', which is not a theme of the plan.", hint: suggestion + known
            ).breaking("PLAN-ACTIONS"))
    }

    private func checkOutcome(_ id: String, at location: SourceLocation, rule: String) {
        guard Outcome.named(id) == nil else { return }
        let ids = Outcome.all.map(\.id)
        let suggestion = KeySuggester.suggestion(for: id, among: ids).map { "Did you mean '\($0)'? " } ?? ""
        log.report(
            Diagnostic(
                .error, at: location, "'\(id)' is not one of the five outcomes.",
                hint: suggestion + "Use one of: " + ids.joined(separator: ", ") + "."
            ).breaking(rule))
    }
}
