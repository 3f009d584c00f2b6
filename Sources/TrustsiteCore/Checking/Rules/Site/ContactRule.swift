/// SITE-CONTACT: the configuration names the Trust, the local authority and a contact route.
struct ContactRule: FixedLevelRule {
    let id = "SITE-CONTACT"
    let requirement =
        "The site configuration names the Trust, the local authority, and at least one contact route that works: a valid email address, UK phone number or postal address (a placeholder such as TBC is not one)."
    let citation = "000 §3.28; 002 ¶15"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        let config = site.config
        var findings: [Finding] = []
        for (key, what) in [("name", "the Trust's name"), ("local_authority", "the local authority's name")] {
            let value = key == "name" ? config.name : config.localAuthority
            guard let match = Placeholder.match(config.places.written(value, at: key), field: key) else { continue }
            findings.append(
                Finding(
                    config.places.location(of: key), match.describe(key) + ": write \(what).",
                    hint:
                        "Every page names them, e.g. `\(key): \(key == "name" ? "Brackenmoor Children's Trust" : "Brackenmoor Borough Council")`."
                ))
        }
        let routes = config.contactRoutes
        findings += routes.compactMap { $0.finding("that the Trust answers") }
        // A route written but not working is reported above, where it is written; one that could
        // not be read, by the loader.
        guard routes.isEmpty, !Self.routeReported(config) else { return findings }
        findings.append(
            Finding(
                config.contact.places.item, "trustsite.yml gives no contact route.",
                hint:
                    "Add at least one of these:\n    contact:\n      email: childrenstrust@example.gov.uk\n      phone: 01632 960 100\n      address:\n        - Town Hall"
            ))
        return findings
    }

    /// Whether a contact route is written but could not be read (the loader has said why).
    static func routeReported(_ config: SiteConfig) -> Bool {
        config.places.isReported("contact") || config.contact.places.isReported(any: ["email", "phone", "address"])
    }
}
