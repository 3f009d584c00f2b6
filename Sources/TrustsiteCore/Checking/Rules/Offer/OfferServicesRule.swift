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
            let places = service.places
            // Each thing missing, with the key whose line a finding points at when it is the only one.
            var missing: [(what: String, key: String)] = []
            if service.audience == nil && service.ages == nil && !places.isReported(any: ["for", "ages"]) {
                missing.append(("who it is for (`for:` or `ages:`)", places.keys["ages"] != nil ? "ages" : "for"))
            }
            if service.access == nil, !places.isReported("access") {
                missing.append(("how to access it (`access:`)", "access"))
            }
            let contact = service.contact
            if contact?.email == nil && contact?.phone == nil && contact?.web == nil, !places.isReported("contact"),
                contact?.places.isReported(any: ["email", "phone", "web"]) != true
            {
                missing.append(("a contact (`contact:`)", "contact"))
            }
            guard !missing.isEmpty else { return nil }
            // `contact:` written with no route in it is that mapping's line, like a blank key.
            let location =
                missing.count == 1 && missing[0].key == "contact" && contact != nil
                ? contact?.places.item ?? places.item : places.location(ofMissing: missing.map(\.key))
            let missingText = missing.map(\.what)
            return Finding(
                location,
                "the service \"\(service.name)\" does not say " + missingText.joined(separator: ", ") + ".",
                hint:
                    "Add to its front matter, e.g.\n    for: Parents of children under 5\n    ages: { from: 0, to: 5 }\n    access: Drop in, or ask your health visitor to refer you.\n    contact: { phone: 01632 960 210, email: hub@example.gov.uk }"
            )
        }
    }
}
