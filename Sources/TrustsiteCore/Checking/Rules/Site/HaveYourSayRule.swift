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
        let written = contact.places.location(of: "have_your_say")
        let page = PageLinks.isInternal(target) ? LinksRule.resolve(target, from: "/").0 : target
        if let match = Placeholder.match(target, field: "have_your_say") {
            findings.append(
                Finding(
                    written, match.describe("contact.have_your_say") + ": give the address of the page.",
                    hint: "Write the page's address, e.g. `have_your_say: /have-your-say/`, or a full https:// address."
                ))
        } else if PageLinks.isInternal(target), site.pages[page] == nil {
            findings.append(missingPage(target, page: page, in: site))
        } else if !PageLinks.isInternal(target),
            let problem = ContactRoute(kind: .web, value: target, field: "contact.have_your_say", location: written)
                .finding("where people can give their views")
        {
            findings.append(problem)
        }
        if !site.config.hasWorkingContactRoute, !ContactRule.routeReported(site.config) {
            findings.append(
                Finding(
                    contact.places.item, "there is no working contact route for views and concerns.",
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

    /// `have_your_say:` names a page the site does not publish. An address a slip away from a page
    /// that is published is mistyped, at its line; else the page is missing, at the file where it
    /// belongs.
    private func missingPage(_ target: String, page: String, in site: RuleInput) -> Finding {
        let file = "content/pages" + (page.hasSuffix("/") ? String(page.dropLast()) : page) + ".md"
        let pages = site.pages.keys.sorted()
        // A slip is a letter or two in a long address ("/have-your-sya/"), or one word of an address
        // of several changed ("/have-your-views/"), not another page's name ("/views/" for "/reviews/").
        let meant =
            KeySuggester.suggestion(for: page, among: pages).flatMap {
                KeySuggester.editDistance(page, $0) <= page.count / 5 ? $0 : nil
            } ?? pages.first { Self.isOneWordAway(page, $0) }
        if let meant {
            return Finding(
                site.config.contact.places.location(of: "have_your_say"),
                "'contact.have_your_say' is \(target), but no page is published there.",
                hint: "Did you mean \(meant)? Or create the page (\(file)).")
        }
        return Finding(
            SourceLocation(file: file), "'contact.have_your_say' is \(target), but no page is published there.",
            hint: "Create the page (\(file)) or correct the address in trustsite.yml.")
    }

    /// Whether `typed` is the address `page` with one of its words changed, added or left out, and
    /// at least two of them kept: `/have-your-views/` and `/have-your-say-2025/` for `/have-your-say/`.
    static func isOneWordAway(_ typed: String, _ page: String) -> Bool {
        func words(_ address: String) -> [Substring] {
            address.lowercased().split { $0 == "/" || $0 == "-" || $0 == "_" }
        }
        let (a, b) = (words(typed), words(page))
        guard min(a.count, b.count) >= 2, abs(a.count - b.count) <= 1, a != b else { return false }
        // Levenshtein distance over words, which are few.
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] == 1 && max(a.count, b.count) - 1 >= 2
    }
}
