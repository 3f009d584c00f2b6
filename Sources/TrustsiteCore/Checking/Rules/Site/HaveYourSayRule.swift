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
        let contact = site.config.contact
        guard let target = contact.haveYourSay else {
            if site.config.places.isReported("contact") || contact.places.isReported("have_your_say") { return [] }
            return [
                Finding(
                    contact.places.location(of: "have_your_say"), "the site has no \"have your say\" page.",
                    hint:
                        "Write content/pages/have-your-say.md with every way to give views, and add to trustsite.yml:\n    contact:\n      have_your_say: /have-your-say/"
                )
            ]
        }
        var findings: [Finding] = []
        let page = PageLinks.isInternal(target) ? LinksRule.resolve(target, from: "/").0 : target
        if PageLinks.isInternal(target), site.pages[page] == nil {
            findings.append(missingPage(target, page: page, in: site))
        }
        if !contact.hasRoute, !ContactRule.routeReported(site.config) {
            findings.append(
                Finding(
                    contact.places.item, "there is no working contact route for views and concerns.",
                    hint: "Add `email:`, `phone:` or `address:` under `contact:` in trustsite.yml."))
        }
        findings += PageLinks.pagesMissingLink(to: target, in: site).filter {
            page == target || site.pages[$0]?.links(to: page) != true
        }.map {
            Finding(
                SourceLocation(file: "templates/layout.mustache"), "the page \($0) does not link to \(target).",
                hint: "Keep the footer link \"Have your say\" in templates/layout.mustache.")
        }
        return findings
    }

    /// `have_your_say:` names a page the site does not publish. An address a slip away from a page
    /// that is published is mistyped, at its line; else the page is missing, at the file where it
    /// belongs.
    private func missingPage(_ target: String, page: String, in site: RuleInput) -> Finding {
        let file = "content/pages" + (page.hasSuffix("/") ? String(page.dropLast()) : page) + ".md"
        // A slip is a letter or two in a long address ("/have-your-sya/"), not another page's
        // name ("/views/" for "/reviews/").
        if let meant = KeySuggester.suggestion(for: page, among: site.pages.keys.sorted()),
            KeySuggester.editDistance(page, meant) <= page.count / 5
        {
            return Finding(
                site.config.contact.places.location(of: "have_your_say"),
                "'contact.have_your_say' is \(target), but no page is published there.",
                hint: "Did you mean \(meant)? Or create the page (\(file)).")
        }
        return Finding(
            SourceLocation(file: file), "'contact.have_your_say' is \(target), but no page is published there.",
            hint: "Create the page (\(file)) or correct the address in trustsite.yml.")
    }
}
