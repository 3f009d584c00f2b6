/// REVIEW-PROGRESS: a status and evidence for every action of the plan, and no other actions.
struct ReviewProgressRule: FixedLevelRule {
    let id = "REVIEW-PROGRESS"
    let requirement =
        "The report gives progress on every action of the plan it reviews: a status from a fixed set (complete, on track, at risk, off track, not started, not assessed: with the reason as its evidence) and a sentence of evidence. An action missing from the report, or a reported action the plan does not have, is an error. A plan with indicators and no actions measures progress by its indicators: the report gives a result for every one."
    let citation =
        "000 §3.28 \"update on progress against it\"; 001 \"extent to which the partners act in accordance with the Plan\""
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        var findings: [Finding] = []
        // A review of a past plan kept as a folder is checked against that plan's actions.
        for (review, plan) in site.content.checkedReviews where !review.places.isReported("progress") {
            // The actions the plan has for the review's year are required; any action the plan
            // ever had (one retired since, say) may be reported.
            let actions = plan.actions
            let everyID = (site.content.wholePlan(of: review) ?? plan).actions.map(\.id)
            let actionIDs = actions.map(\.id)
            let known = Set(everyID)
            // An action or a priority that could not be loaded has been reported, and so has an action
            // id used twice (one of them was meant to be another): progress on the action it was is
            // not then reported as progress on an action the plan lacks.
            let actionsLeftOut =
                plan.priorities.contains { $0.places.isReported("actions") } || known.count < everyID.count
            let entries = Dictionary(review.progress.map { ($0.actionID, $0) }, uniquingKeysWith: { first, _ in first })
            // An entry whose id is a slip for an action without one ("A1.9" for "A1.1") is one
            // mistake: reported at the entry, with the id it was likely meant to be.
            var unknown: [(entry: ProgressEntry, suggestion: String?)] = []
            for entry in review.progress where !known.contains(entry.actionID) && !actionsLeftOut {
                let unreported = actionIDs.filter { entries[$0] == nil }
                let suggestion =
                    KeySuggester.suggestion(for: entry.actionID, among: unreported)
                    ?? KeySuggester.suggestion(for: entry.actionID, among: everyID)
                unknown.append((entry, suggestion))
            }
            let meant = Set(unknown.compactMap(\.suggestion))
            for action in actions {
                guard let entry = entries[action.id] else {
                    if meant.contains(action.id) { continue }
                    findings.append(
                        Finding(
                            review.progressPlaces.item, "action \(action.id) \"\(action.what)\" has no progress entry.",
                            hint:
                                "Add under `progress:`\n    \(action.id):\n      status: on-track\n      evidence: (one sentence on what has happened)"
                        ))
                    continue
                }
                let noStatus = entry.status == nil && !entry.places.isReported("status")
                let noEvidence = entry.evidence == nil && !entry.places.isReported("evidence")
                if noStatus, noEvidence, entry.places.written(entry.evidence, at: "evidence") == nil {
                    // An entry with neither (`A1.3:` and nothing under it) is one thing to fix.
                    findings.append(
                        Finding(
                            entry.location, "action \(action.id) has an entry with no status and no evidence.",
                            hint:
                                "Add under it\n    status: on-track\n    evidence: (one sentence on what has happened)\n"
                                + "with a status from: "
                                + ProgressStatus.allCases.map(\.rawValue).joined(separator: ", ")
                                + "."))
                    continue
                }
                if noStatus {
                    findings.append(
                        Finding(
                            entry.places.location(of: "status"), "action \(action.id) has no status.",
                            hint: "Add `status:` with one of: "
                                + ProgressStatus.allCases.map(\.rawValue).joined(separator: ", ") + "."))
                }
                if let match = Placeholder.match(
                    entry.places.written(entry.evidence, at: "evidence"), field: "evidence")
                {
                    findings.append(
                        Finding(
                            entry.places.location(of: "evidence"),
                            "action \(action.id): " + match.describe("evidence")
                                + ": write what happened, or why there is nothing to report yet.",
                            hint:
                                "e.g. `evidence: Six of ten schools have trained staff; the rest train in the summer term.` A report is published with its evidence as written."
                        ))
                } else if entry.evidence == nil, !entry.places.isReported("evidence") {
                    findings.append(
                        Finding(
                            entry.places.location(of: "evidence"),
                            entry.status == .notAssessed
                                ? "action \(action.id) is not assessed but does not say why."
                                : "action \(action.id) has no evidence for its status.",
                            hint: entry.status == .notAssessed
                                ? "Add `evidence:` with a sentence saying why no judgement could be made this year, and when it will be."
                                : "Add `evidence:` with a sentence saying what has happened, with figures where you have them."
                        ))
                }
            }
            findings += Self.unreportedIndicators(in: review, plan: plan)
            for (entry, suggestion) in unknown {
                findings.append(
                    Finding(
                        entry.location,
                        "progress is reported for action '\(entry.actionID)', which the plan does not have.",
                        hint: suggestion.map { "Did you mean '\($0)'?" }
                            ?? "Use the id of an action in \(plan.folder)/priorities/, or remove this entry."))
            }
        }
        return findings
    }

    /// A plan with indicators and no actions measures progress by its indicators alone: the report
    /// gives progress by giving each indicator's result (REVIEW-INDICATORS checks what each says).
    /// A plan with actions is reported on by its actions, whatever indicators it has too.
    static func unreportedIndicators(in review: Review, plan: Plan) -> [Finding] {
        guard plan.actions.isEmpty, !plan.indicators.isEmpty, !review.places.isReported("indicators"),
            !plan.priorities.contains(where: { $0.places.isReported("actions") })
        else { return [] }
        let reported = Set(review.indicatorResults.map(\.indicatorID))
        return plan.indicators.filter { !reported.contains($0.id) }.map { indicator in
            Finding(
                review.indicatorsPlaces?.item ?? review.places.item,
                "the plan measures progress by indicators alone (it has no actions), and indicator \(indicator.id) \"\(indicator.name)\" is not reported.",
                hint:
                    "Add under `indicators:`\n    \(indicator.id):\n      actual: (the figure)\n      note: (what it means)\nor, with no figure, a `note:` saying why there is none."
            )
        }
    }
}
