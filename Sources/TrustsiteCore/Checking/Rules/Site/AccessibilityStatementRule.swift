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
        let config = SourceLocation(file: ConfigLoader.path)
        let today = site.today.iso
        guard let statement = site.config.accessibility else {
            return [
                Finding(
                    config, "there is no accessibility statement.",
                    hint:
                        "Add an `accessibility:` section to trustsite.yml:\n    accessibility:\n      compliance: partial\n      non_accessible:\n        - content: (what is not accessible)\n          reason: (why)\n          alternative: (what to use instead)\n      enforcement: england\n      tested: { date: \(today), by: (who), method: (how) }\n      prepared: \(today)\n      reviewed: \(today)"
                )
            ]
        }
        let fields = site.config.fields
        var findings: [Finding] = []
        if statement.compliance == nil {
            findings.append(
                Finding(
                    statement.location, "the statement does not give its compliance status against WCAG 2.2 AA.",
                    hint: "Add `compliance:` with one of: full, partial, none."))
        } else if statement.compliance != .full, statement.nonAccessible.isEmpty {
            findings.append(
                Finding(
                    statement.location,
                    "the statement says the site is not fully compliant but lists no non-accessible content.",
                    hint: "List each problem under `non_accessible:` with `content`, `reason` and `alternative`."))
        }
        findings += statement.nonAccessible.flatMap(problemFindings)
        findings += formatRequestFindings(statement, site)
        // Written but not one of the four places: the loader has said so at its line.
        if statement.enforcement == nil, fields["accessibility.enforcement"] == nil {
            findings.append(
                Finding(
                    statement.location,
                    "the statement does not say which enforcement procedure applies (the EHRC in Great Britain, the ECNI in Northern Ireland).",
                    hint:
                        "Add `enforcement:` with where the Trust is: england, scotland, wales or northern-ireland. The statement then says who enforces the regulations and where to complain."
                ))
        }
        if statement.prepared == nil {
            findings.append(
                Finding(
                    statement.location, "the statement does not say when it was prepared.",
                    hint: "Add `prepared: \(today)`."))
        }
        if statement.reviewed == nil {
            findings.append(
                Finding(
                    statement.location, "the statement does not say when it was last reviewed.",
                    hint: "Add `reviewed: \(today)`."))
        }
        if statement.tested == nil {
            findings.append(
                Finding(
                    statement.location, "the statement does not say how and when the site was tested.",
                    hint: "Add `tested: { date: \(today), by: (who), method: (how) }`."))
        } else {
            for (key, what) in [("by", "who tested the site"), ("method", "how the site was tested")] {
                let field = "accessibility.tested.\(key)"
                guard let written = fields[field],
                    let match = Placeholder.match(key == "by" ? statement.tested?.by : statement.tested?.method)
                else { continue }
                findings.append(
                    Finding(
                        written, match.describe(field) + ": say \(what).",
                        hint: "The statement publishes it, e.g. `\(key): "
                            + (key == "by" ? "the council's web team" : "every page checked with a screen reader")
                            + "`."))
            }
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
        let place = problem.location ?? SourceLocation(file: ConfigLoader.path)
        var findings: [Finding] = []
        if let match = Placeholder.match(problem.content, field: "content") {
            findings.append(
                Finding(
                    problem.fields.location(of: "content", or: place),
                    match.describe("content") + ": say what is not accessible.",
                    hint: "e.g. `content: Maps of family hub locations`."))
        }
        let shown = Placeholder.isContent(problem.content) ? "'\(problem.content)'" : "a non-accessible item"
        if let written = problem.fields["reason"], let match = Placeholder.match(problem.reason, field: "reason") {
            findings.append(
                Finding(
                    written, "\(shown): " + match.describe("reason") + ": say why it is not accessible.",
                    hint: "e.g. `reason: The maps are images without a text equivalent.`"))
        }
        if problem.fields.written(problem.alternative, at: "alternative") == nil {
            findings.append(
                Finding(
                    place, "\(shown) has no accessible alternative.",
                    hint: "Add `alternative:` saying how people can get the same information."))
        } else if let match = Placeholder.match(
            problem.fields.written(problem.alternative, at: "alternative"), field: "alternative")
        {
            findings.append(
                Finding(
                    problem.fields.location(of: "alternative", or: place),
                    "\(shown): " + match.describe("alternative") + ": say how people can get the same information.",
                    hint: "e.g. `alternative: Each hub's address and bus routes are listed on its service page.`"))
        }
        return findings
    }

    /// How to ask for another format: `format_requests`, else the site's contact routes. Each
    /// written route must work.
    private func formatRequestFindings(_ statement: AccessibilityStatement, _ site: RuleInput) -> [Finding] {
        let fields = site.config.fields
        var routes: [ContactRoute] = []
        for (value, kind, key) in [
            (statement.formatEmail, ContactRoute.Kind.email, "email"), (statement.formatPhone, .phone, "phone"),
        ] {
            let field = "accessibility.format_requests.\(key)"
            guard let value = fields.written(value, at: field) else { continue }
            routes.append(
                ContactRoute(
                    kind: kind, value: value, field: field, location: fields.location(of: field, or: statement.location)
                ))
        }
        let findings = routes.compactMap { $0.finding("for requests for another format") }
        // A route written but not working is reported above, where it is written.
        guard routes.isEmpty, !site.config.hasWorkingContactRoute else { return findings }
        return [
            Finding(
                statement.location, "the statement gives no way to ask for another format or report a problem.",
                hint: "Add `format_requests: { email: ..., phone: ... }` or a `contact:` route.")
        ]
    }
}
