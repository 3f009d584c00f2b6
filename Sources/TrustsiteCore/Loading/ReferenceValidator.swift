/// Checks that ids are unique and that every reference (to a partner, an action, an outcome)
/// points at something that exists. These are input errors: the site cannot be built around them.
struct ReferenceValidator {
    let content: SiteContent
    let log: DiagnosticLog

    func validate() {
        let partnerIDs = Set(content.board?.partners.map(\.id) ?? [])
        checkUnique(content.board?.partners.map { ($0.id, $0.location) } ?? [], what: "partner id")
        if let plan = content.plan {
            checkUnique(plan.priorities.map { ($0.id, $0.location) }, what: "priority id")
            checkUnique(plan.actions.map { ($0.id, $0.location) }, what: "action id")
            for priority in plan.priorities {
                for outcome in priority.outcomeIDs { checkOutcome(outcome, at: priority.outcomesLocation) }
                for action in priority.actions {
                    if action.leadPartnerID.isEmpty { continue }
                    checkPartner(
                        action.leadPartnerID, known: partnerIDs, at: action.leadLocation,
                        role: "lead partner of action \(action.id)")
                    for supporter in action.supportingPartnerIDs {
                        checkPartner(
                            supporter, known: partnerIDs, at: action.location,
                            role: "supporting partner of action \(action.id)")
                    }
                }
            }
        }
        for member in content.board?.members ?? [] {
            checkPartner(member.partnerID, known: partnerIDs, at: member.location, role: "partner of \(member.name)")
        }
        // Progress for actions the plan lacks is the REVIEW-PROGRESS rule's to report.
        let pastPlans = content.pastPlans.map(\.slug)
        for review in content.reviews {
            if let slug = review.pastPlanSlug, !pastPlans.contains(slug) {
                let suggestion = KeySuggester.suggestion(for: slug, among: pastPlans)
                log.error(
                    review.location,
                    "the review says it reports on the plan '\(slug)', which is not in content/plan/past/.",
                    hint: suggestion.map { "Did you mean '\($0)'?" }
                        ?? "Leave `plan:` out for a review of the current plan, or name a file in content/plan/past/.")
            }
            for statement in review.partnerStatements {
                checkPartner(statement.partnerID, known: partnerIDs, at: statement.location, role: "partner statement")
            }
        }
        for service in content.offer?.services ?? [] {
            for outcome in service.outcomeIDs { checkOutcome(outcome, at: service.location) }
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

    private func checkPartner(_ id: String, known: Set<String>, at location: SourceLocation, role: String) {
        guard !known.contains(id) else { return }
        let suggestion = KeySuggester.suggestion(for: id, among: known)
        log.error(
            location, "the \(role) is '\(id)', which is not a partner in \(BoardLoader.dataPath).",
            hint: suggestion.map { "Did you mean '\($0)'?" }
                ?? "Add the partner to \(BoardLoader.dataPath) under `partners:`, or use the id of one listed there.")
    }

    private func checkOutcome(_ id: String, at location: SourceLocation) {
        guard Outcome.named(id) == nil else { return }
        let ids = Outcome.all.map(\.id)
        let suggestion = KeySuggester.suggestion(for: id, among: ids).map { "Did you mean '\($0)'? " } ?? ""
        log.error(
            location, "'\(id)' is not one of the five outcomes.",
            hint: suggestion + "Use one of: " + ids.joined(separator: ", ") + ".")
    }
}
