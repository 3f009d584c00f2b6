import TrustsiteEscaping

extension ContextBuilder {
    /// What the site publishes, the rules it is checked against, and any rule it waives and why:
    /// a reader can see what is missing and the reason.
    func aboutThisInformationModel() -> PageModel {
        let config = content.config
        var html =
            "<p>This website publishes what the \(HTMLEscaping.escape(config.name)) must make public: "
            + "the Children and Young People's Plan, each year's annual report, who sits on the Children's Trust Board, "
            + "and the local offer of services for children, young people and families.</p>\n"
        html +=
            "<p>Before anything is published, the site is checked against the publication requirements of the "
            + "\(config.edition.rawValue) statutory guidance on Children's Trusts. Publication stops if a required part is missing.</p>\n"
        let waivedErrors = config.waivers.filter { RuleCatalogue.rule($0.ruleID)?.level(in: config.edition) == .error }
        html += "<h2 id=\"requirements-not-met\">Requirements this site does not meet</h2>\n"
        if waivedErrors.isEmpty {
            html += "<p>None: the site meets every required part of the guidance.</p>\n"
        } else {
            html +=
                "<p>The Trust has decided not to meet these requirements for now. Each reason is the Trust's own.</p>\n<dl class=\"waivers\">\n"
            for waiver in waivedErrors {
                let rule = RuleCatalogue.rule(waiver.ruleID)
                html +=
                    "<dt>\(HTMLEscaping.escape(rule?.requirement ?? waiver.ruleID)) <span class=\"rule-id\">(\(HTMLEscaping.escape(waiver.ruleID)))</span></dt>\n"
                html += "<dd>\(HTMLEscaping.escape(waiver.reason))</dd>\n"
            }
            html += "</dl>\n"
        }
        html +=
            "<h2 id=\"questions\">Questions about this information</h2>\n<p>If something is missing, wrong or out of date, "
            + "<a href=\"\(HTMLEscaping.escape(config.contact.haveYourSay ?? SiteRoutes.contact(content)))\">tell us</a>.</p>\n"
        return PageModel(
            kind: "page", url: SiteRoutes.aboutThisInformation, title: "About this information",
            description:
                "What this site publishes, the rules it is checked against, and any requirement it does not meet, with the reason.",
            updated: config.updated ?? newestDate, breadcrumbs: [homeCrumb],
            outline: [], data: ["document": ["body_html": html]])
    }
}
