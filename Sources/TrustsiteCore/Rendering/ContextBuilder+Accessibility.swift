import TrustsiteEscaping

extension ContextBuilder {
    func accessibilityModel() -> PageModel {
        guard let statement = content.config.accessibility else { return notFoundModel() }
        let config = content.config
        // Nil when trustsite.yml leaves `compliance` out (an error SITE-ACCESSIBILITY-STATEMENT
        // reports): a draft then says the status is not stated, and claims nothing.
        let complianceText: String =
            switch statement.compliance {
            case .full:
                "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard."
            case .partial:
                "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below."
            case .notCompliant:
                "This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below."
            case nil: "This statement does not yet give the website's compliance status."
            }
        // Nil when trustsite.yml leaves `enforcement` out (an error SITE-ACCESSIBILITY-STATEMENT
        // reports): a draft then names both bodies and links to neither.
        let (body, url): (String, String?) =
            switch statement.enforcement {
            case .northernIreland:
                ("the Equality Commission for Northern Ireland (ECNI)", "https://www.equalityni.org/Home")
            case .england, .scotland, .wales:
                ("the Equality Advisory and Support Service (EASS)", "https://www.equalityadvisoryservice.com/")
            case nil:
                (
                    "the Equality Advisory and Support Service (EASS) in Great Britain, or the Equality "
                        + "Commission for Northern Ireland (ECNI) in Northern Ireland", nil
                )
            }
        let email = statement.formatEmail ?? config.contact.email
        let phone = statement.formatPhone ?? config.contact.phone
        var data = Dict([
            "compliance": statement.compliance?.rawValue, "compliance_text": complianceText,
            "is_full": statement.compliance == .full, "is_partial": statement.compliance == .partial,
            "is_none": statement.compliance == .notCompliant, "is_unstated": statement.compliance == nil,
            "non_accessible": statement.nonAccessible.map {
                Dict(["content": $0.content, "reason": $0.reason, "alternative": $0.alternative]).values
            },
            "has_non_accessible": !statement.nonAccessible.isEmpty,
            "improvements_html": statement.improvements.map { "<p>" + HTMLEscaping.escape($0) + "</p>" },
            "format_requests": Dict([
                "email": email, "phone": phone, "phone_tel": PhoneNumber.tel(phone), "has_email": email != nil,
                "has_phone": phone != nil, "response_days": statement.responseDays,
            ]).values,
            "enforcement_body": body, "enforcement_url": url,
            "enforcement_text": "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
                + "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 "
                + "(the accessibility regulations) in Great Britain; in Northern Ireland it is the Equality "
                + "Commission for Northern Ireland (ECNI). If you are not happy with how we respond to your "
                + "complaint, contact \(body).",
        ])
        if let tested = statement.tested {
            var fields = Dict(["by": tested.by, "method": tested.method])
            fields.merge(tested.date.fields("date"))
            data["tested"] = fields.values
        }
        if let prepared = statement.prepared { data.merge(prepared.fields("prepared")) }
        if let reviewed = statement.reviewed { data.merge(reviewed.fields("reviewed")) }
        return PageModel(
            kind: "accessibility", url: SiteRoutes.accessibility, title: "Accessibility statement",
            description:
                "How accessible this website is, how to get information in another format, and how to report a problem.",
            updated: statement.reviewed ?? statement.prepared ?? newestDate, breadcrumbs: [homeCrumb],
            data: ["statement": data.values])
    }
}
