/// SITE-ACCESSIBILITY-STATEMENT: the statement the 2018 regulations require, linked from every page.
struct AccessibilityStatementRule: FixedLevelRule {
    let id = "SITE-ACCESSIBILITY-STATEMENT"
    let requirement =
        "An accessibility statement exists and has: compliance status against WCAG 2.2 AA, known non-accessible content and alternatives, how to ask for an accessible format or report a problem (contact), the enforcement procedure (EHRC / ECNI), and the date it was prepared and last reviewed. Linked from every page's footer as \"Accessibility\"."
    let citation =
        "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, reg. 8"
    let fixedLevel = Diagnostic.Severity.error
    // Every page must link to the statement: reads the rendered pages' links.
    let stage = CheckStage.renderedPages

    func check(_ site: RuleInput) -> [Finding] {
        let today = site.today.iso
        guard let statement = site.config.accessibility else {
            if site.config.places.isReported("accessibility") { return [] }
            return [
                Finding(
                    site.config.places.location(of: "accessibility"), "there is no accessibility statement.",
                    hint:
                        "Add an `accessibility:` section to trustsite.yml:\n    accessibility:\n      compliance: partial\n      non_accessible:\n        - content: (what is not accessible)\n          reason: (why)\n          alternative: (what to use instead)\n      enforcement: england\n      tested: { date: \(today), by: (who), method: (how) }\n      prepared: \(today)\n      reviewed: \(today)"
                )
            ]
        }
        let places = statement.places
        var findings: [Finding] = []
        if statement.compliance == nil {
            if !places.isReported("compliance") {
                findings.append(
                    Finding(
                        places.location(of: "compliance"),
                        "the statement does not give its compliance status against WCAG 2.2 AA.",
                        hint: "Add `compliance:` with one of: full, partial, none."))
            }
        } else if statement.compliance != .full, statement.nonAccessible.isEmpty, !places.isReported("non_accessible") {
            findings.append(
                Finding(
                    places.location(of: "non_accessible"),
                    "the statement says the site is not fully compliant but lists no non-accessible content.",
                    hint: "List each problem under `non_accessible:` with `content`, `reason` and `alternative`."))
        }
        findings += statement.nonAccessible.flatMap(problemFindings)
        findings += formatRequestFindings(statement, site)
        // Written but not one of the four places: the loader has said so at its line.
        if statement.enforcement == nil, !places.isReported("enforcement") {
            findings.append(
                Finding(
                    places.location(of: "enforcement"),
                    "the statement does not say which enforcement procedure applies (the EHRC in Great Britain, the ECNI in Northern Ireland).",
                    hint:
                        "Add `enforcement:` with where the Trust is: england, scotland, wales or northern-ireland. The statement then says who enforces the regulations and where to complain."
                ))
        }
        if statement.prepared == nil, !places.isReported("prepared") {
            findings.append(
                Finding(
                    places.location(of: "prepared"), "the statement does not say when it was prepared.",
                    hint: "Add `prepared: \(today)`."))
        }
        if statement.reviewed == nil, !places.isReported("reviewed") {
            findings.append(
                Finding(
                    places.location(of: "reviewed"), "the statement does not say when it was last reviewed.",
                    hint: "Add `reviewed: \(today)`."))
        }
        if let tested = statement.tested {
            for (key, value, what) in [
                ("by", tested.by, "who tested the site"), ("method", tested.method, "how the site was tested"),
            ] {
                let field = "accessibility.tested.\(key)"
                guard let match = Placeholder.match(tested.places.written(value.isEmpty ? nil : value, at: key))
                else { continue }
                findings.append(
                    Finding(
                        tested.places.location(of: key), match.describe(field) + ": say \(what).",
                        hint: "The statement publishes it, e.g. `\(key): "
                            + (key == "by" ? "the council's web team" : "every page checked with a screen reader")
                            + "`."))
            }
        } else if !places.isReported("tested") {
            findings.append(
                Finding(
                    places.location(of: "tested"), "the statement does not say how and when the site was tested.",
                    hint: "Add `tested: { date: \(today), by: (who), method: (how) }`."))
        }
        findings += PageLinks.groupedMissingLinks(
            pages: PageLinks.pagesMissingLink(to: SiteRoutes.accessibility, in: site),
            to: "the accessibility statement",
            at: site.templates.location(of: "layout") ?? SourceLocation(file: "templates/layout.mustache"),
            hint: "Keep the footer link `<a href=\"/accessibility/\">Accessibility</a>` in templates/layout.mustache.")
        return findings
    }

    /// A known problem must say what is not accessible and what to use instead, in real words.
    private func problemFindings(_ problem: AccessibilityStatement.Problem) -> [Finding] {
        let places = problem.places
        var findings: [Finding] = []
        if let match = Placeholder.match(problem.content, field: "content") {
            findings.append(
                Finding(
                    places.location(of: "content"), match.describe("content") + ": say what is not accessible.",
                    hint: "e.g. `content: Maps of family hub locations`."))
        }
        let shown = Placeholder.isContent(problem.content) ? "'\(problem.content)'" : "a non-accessible item"
        if let match = Placeholder.match(
            places.written(problem.reason.isEmpty ? nil : problem.reason, at: "reason"), field: "reason")
        {
            findings.append(
                Finding(
                    places.location(of: "reason"),
                    "\(shown): " + match.describe("reason") + ": say why it is not accessible.",
                    hint: "e.g. `reason: The maps are images without a text equivalent.`"))
        }
        guard !places.isReported("alternative") else { return findings }
        if let match = Placeholder.match(places.written(problem.alternative, at: "alternative"), field: "alternative") {
            findings.append(
                Finding(
                    places.location(of: "alternative"),
                    "\(shown): " + match.describe("alternative") + ": say how people can get the same information.",
                    hint: "e.g. `alternative: Each hub's address and bus routes are listed on its service page.`"))
        } else if problem.alternative == nil {
            findings.append(
                Finding(
                    places.location(of: "alternative"), "\(shown) has no accessible alternative.",
                    hint: "Add `alternative:` saying how people can get the same information."))
        }
        return findings
    }

    /// How to ask for another format: `format_requests`, else the site's contact routes. Each
    /// written route must work.
    private func formatRequestFindings(_ statement: AccessibilityStatement, _ site: RuleInput) -> [Finding] {
        var routes: [ContactRoute] = []
        if let places = statement.formatRequestPlaces {
            for (value, kind, key) in [
                (statement.formatEmail, ContactRoute.Kind.email, "email"), (statement.formatPhone, .phone, "phone"),
            ] {
                guard let value = places.written(value, at: key) else { continue }
                routes.append(
                    ContactRoute(
                        kind: kind, value: value, field: "accessibility.format_requests.\(key)",
                        location: places.location(of: key)))
            }
        }
        let findings = routes.compactMap { $0.finding("for requests for another format") }
        // A route written but not working is reported above, where it is written; one that could
        // not be read, by the loader.
        guard routes.isEmpty, !site.config.hasWorkingContactRoute, !statement.places.isReported("format_requests"),
            !ContactRule.routeReported(site.config)
        else { return findings }
        return [
            Finding(
                statement.places.location(of: "format_requests"),
                "the statement gives no way to ask for another format or report a problem.",
                hint: "Add `format_requests: { email: ..., phone: ... }` or a `contact:` route.")
        ]
    }
}
