extension Diagnostic {
    /// The same diagnostic, saying which publication rule the problem breaks (its id and citation),
    /// as a rule's own findings do. A value a loader cannot read is reported this way where it
    /// serves a rule: `error[REVIEW-PROGRESS]` for a status word outside the set. Nil changes nothing.
    func breaking(_ ruleID: String?) -> Diagnostic {
        guard let ruleID, let rule = RuleCatalogue.rule(ruleID) else { return self }
        var diagnostic = self
        diagnostic.ruleID = rule.id
        diagnostic.citation = rule.citation
        return diagnostic
    }
}
