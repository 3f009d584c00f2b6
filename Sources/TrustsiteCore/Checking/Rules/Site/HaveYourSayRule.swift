/// SITE-HAVE-YOUR-SAY: every page leads to a working way to give views.
struct HaveYourSayRule: FixedLevelRule {
    let id = "SITE-HAVE-YOUR-SAY"
    let requirement =
        "Every page leads to how the public can make their views and concerns known (a contact route that works: email, phone or postal address)."
    let citation = "000 §3.28"
    let fixedLevel = Diagnostic.Severity.error
    // Every page must link to the page: reads the rendered pages' links.
    let stage = CheckStage.renderedPages

    func check(_ site: RuleInput) -> [Finding] {
        let config = SourceLocation(file: ConfigLoader.path)
        guard let target = site.config.contact.haveYourSay else {
            return [
                Finding(
                    config, "the site has no \"have your say\" page.",
                    hint:
                        "Write content/pages/have-your-say.md with every way to give views, and add to trustsite.yml:\n    contact:\n      have_your_say: /have-your-say/"
                )
            ]
        }
        var findings: [Finding] = []
        let written = site.config.fields.location(of: "contact.have_your_say", or: config)
        let page = PageLinks.isInternal(target) ? LinksRule.resolve(target, from: "/").0 : target
        if let match = Placeholder.match(target, field: "have_your_say") {
            findings.append(
                Finding(
                    written, match.describe("contact.have_your_say") + ": give the address of the page.",
                    hint: "Write the page's address, e.g. `have_your_say: /have-your-say/`, or a full https:// address."
                ))
        } else if PageLinks.isInternal(target), site.pages[page] == nil {
            findings.append(
                Finding(
                    written, "'contact.have_your_say' is \(target), but no page is published there.",
                    hint:
                        "Create the page (content/pages\(target.hasSuffix("/") ? String(target.dropLast()) : target).md) or correct the address."
                ))
        } else if !PageLinks.isInternal(target),
            let problem = ContactRoute(kind: .web, value: target, field: "contact.have_your_say", location: written)
                .finding("where people can give their views")
        {
            findings.append(problem)
        }
        if !site.config.hasWorkingContactRoute {
            findings.append(
                Finding(
                    config, "there is no working contact route for views and concerns.",
                    hint: "Add `email:`, `phone:` or `address:` under `contact:` in trustsite.yml."))
        }
        findings += PageLinks.groupedMissingLinks(
            pages: PageLinks.pagesMissingLink(to: target, in: site).filter {
                page == target || site.pages[$0]?.links(to: page) != true
            },
            to: target,
            at: site.templates.location(of: "layout") ?? SourceLocation(file: "templates/layout.mustache"),
            hint: "Keep the footer link \"Have your say\" in templates/layout.mustache.")
        return findings
    }
}
