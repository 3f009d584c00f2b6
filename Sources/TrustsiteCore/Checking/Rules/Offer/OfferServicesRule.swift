/// OFFER-SERVICES: a directory of services, each with who it is for, how to access it and a contact.
struct OfferServicesRule: FixedLevelRule {
    let id = "OFFER-SERVICES"
    let requirement =
        "A directory of services; each service has a name, who it is for (ages, needs), how to access it, and a contact that works, its own or one of its sites' (a valid email address, UK phone number or web address; a placeholder such as TBC is not one)."
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
        return offer.services.flatMap(findings)
    }

    private func findings(_ service: Service) -> [Finding] {
        let places = service.places
        var findings: [Finding] = []
        // Each value written as a placeholder is reported where it is written, and not again as missing.
        let required = [
            ("name", service.name, "name the service"), ("for", service.audience, "say who it is for"),
            ("access", service.access, "say how to get it"),
        ]
        for (key, value, what) in required {
            guard let match = Placeholder.match(places.written(value, at: key), field: key) else { continue }
            findings.append(
                Finding(
                    places.location(of: key), "the service \"\(service.name)\": " + match.describe(key) + ": \(what).",
                    hint: Self.example))
        }
        let contact = service.contact
        // A site's own contact counts as the service's: families reach it through that site.
        let siteRoutes = service.sites.enumerated().flatMap {
            Self.routes($1.contact, field: "sites[\($0 + 1)].contact")
        }
        let routes = Self.routes(contact, field: "contact") + siteRoutes
        findings += routes.compactMap { $0.finding("that families can use") }
        // Each thing missing, with the key whose line a finding points at when it is the only one.
        var missing: [(what: String, key: String)] = []
        if !places.isWritten("for") && service.ages == nil && !places.isReported(any: ["for", "ages"]) {
            missing.append(("who it is for (`for:` or `ages:`)", places.isWritten("ages") ? "ages" : "for"))
        }
        if !places.isWritten("access"), !places.isReported("access") {
            missing.append(("how to access it (`access:`)", "access"))
        }
        // A route written but not working is reported above, where it is written.
        if routes.isEmpty, !places.isReported(any: ["contact", "sites"]),
            contact?.places.isReported(any: ["email", "phone", "web"]) != true,
            !service.sites.contains(where: { $0.contact?.places.isReported(any: ["email", "phone", "web"]) == true })
        {
            missing.append(("a contact (`contact:`)", "contact"))
        }
        guard !missing.isEmpty else { return findings }
        // `contact:` written with no route in it is that mapping's line, like a blank key.
        let location =
            missing.count == 1 && missing[0].key == "contact" && contact != nil
            ? contact?.places.item ?? places.item : places.location(ofMissing: missing.map(\.key))
        findings.append(
            Finding(
                location,
                "the service \"\(service.name)\" does not say " + missing.map(\.what).joined(separator: ", ") + ".",
                hint: Self.example))
        return findings
    }

    /// The routes written in `contact`, each where it is written.
    private static func routes(_ contact: Service.Contact?, field: String) -> [ContactRoute] {
        guard let contact else { return [] }
        return [
            (contact.email, ContactRoute.Kind.email, "email"), (contact.phone, .phone, "phone"),
            (contact.web, .web, "web"),
        ]
        .compactMap { value, kind, key in
            contact.places.written(value, at: key).map {
                ContactRoute(
                    kind: kind, value: $0, field: "\(field).\(key)", location: contact.places.location(of: key))
            }
        }
    }

    private static let example =
        "Add to its front matter, e.g.\n    for: Parents of children under 5\n    ages: { from: 0, to: 5 }\n    access: Drop in, or ask your health visitor to refer you.\n    contact: { phone: 01632 960 210, email: hub@example.gov.uk }"
}
