/// OFFER-UP-TO-DATE: each service says when it was last checked, within the last 12 months.
struct OfferUpToDateRule: FixedLevelRule {
    let id = "OFFER-UP-TO-DATE"
    let requirement = "Each service records when its entry was last checked; flag entries older than 12 months."
    let citation = "003 E3 \"up-to-date directories\""
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        (site.content.offer?.services ?? []).compactMap { service in
            guard let checked = service.lastChecked else {
                if service.places.isReported("last_checked") { return nil }
                return Finding(
                    service.places.location(of: "last_checked"),
                    "the service \"\(service.name)\" does not say when its entry was last checked.",
                    hint: "Check the details with the service, then add `last_checked: \(site.today.iso)`.")
            }
            guard checked.adding(months: 12) < site.today else { return nil }
            return Finding(
                service.places.location(of: "last_checked"),
                "the entry for \"\(service.name)\" was last checked on \(checked.text), more than 12 months ago.",
                hint: "Check the details with the service, then set `last_checked: \(site.today.iso)`.")
        }
    }
}
