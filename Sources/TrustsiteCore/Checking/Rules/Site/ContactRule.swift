/// SITE-CONTACT: the configuration names the Trust, the local authority and a contact route.
struct ContactRule: FixedLevelRule {
    let id = "SITE-CONTACT"
    let requirement = "The site configuration names the Trust, the local authority, and at least one contact route."
    let citation = "000 §3.28; 002 ¶15"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        guard !site.config.contact.hasRoute, !Self.routeReported(site.config) else { return [] }
        return [
            Finding(
                site.config.contact.places.item, "trustsite.yml gives no contact route.",
                hint:
                    "Add at least one of these:\n    contact:\n      email: childrenstrust@example.gov.uk\n      phone: 01632 960 100\n      address:\n        - Town Hall"
            )
        ]
    }

    /// Whether a contact route is written but could not be read (the loader has said why).
    static func routeReported(_ config: SiteConfig) -> Bool {
        config.places.isReported("contact") || config.contact.places.isReported(any: ["email", "phone", "address"])
    }
}
