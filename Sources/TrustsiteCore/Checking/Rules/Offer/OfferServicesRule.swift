/// OFFER-SERVICES: a directory of services, each with who it is for, how to access it and a contact.
struct OfferServicesRule: FixedLevelRule {
    let id = "OFFER-SERVICES"
    let requirement =
        "A directory of services; each service has a name, who it is for (ages, needs), how to access it, and a contact."
    let citation = "003 E3 Standard 4; 000 §2.7"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard let offer = site.content.offer else { return [] }
        if offer.services.isEmpty {
            return [
                Finding(
                    SourceLocation(file: OfferLoader.folder + "/services"), "the local offer lists no services.",
                    hint:
                        "Add a file per service in \(OfferLoader.folder)/services/, e.g. family-hub.md with `name:`, `for:`, `ages:`, `access:` and `contact:`."
                )
            ]
        }
        return offer.services.compactMap { service in
            var missing: [String] = []
            if service.audience == nil && service.ages == nil { missing.append("who it is for (`for:` or `ages:`)") }
            if service.access == nil { missing.append("how to access it (`access:`)") }
            let contact = service.contact
            if contact?.email == nil && contact?.phone == nil && contact?.web == nil {
                missing.append("a contact (`contact:`)")
            }
            guard !missing.isEmpty else { return nil }
            return Finding(
                service.location,
                "the service \"\(service.name)\" does not say " + missing.joined(separator: ", ") + ".",
                hint:
                    "Add to its front matter, e.g.\n    for: Parents of children under 5\n    ages: { from: 0, to: 5 }\n    access: Drop in, or ask your health visitor to refer you.\n    contact: { phone: 01632 960 210, email: hub@example.gov.uk }"
            )
        }
    }
}
