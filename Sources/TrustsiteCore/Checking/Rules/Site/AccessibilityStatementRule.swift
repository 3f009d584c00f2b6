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
        guard let statement = site.config.accessibility else {
            if site.config.places.isReported("accessibility") { return [] }
            return [
                Finding(
                    site.config.places.location(of: "accessibility"), "there is no accessibility statement.",
                    hint:
                        "Add an `accessibility:` section to trustsite.yml:\n    accessibility:\n      compliance: partial\n      non_accessible:\n        - content: (what is not accessible)\n          reason: (why)\n          alternative: (what to use instead)\n      enforcement: england\n      tested: { date: 2026-06-15, by: (who), method: (how) }\n      prepared: 2026-06-20\n      reviewed: 2026-06-20"
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
        for problem in statement.nonAccessible where problem.alternative == nil {
            guard !problem.places.isReported("alternative") else { continue }
            findings.append(
                Finding(
                    problem.places.location(of: "alternative"), "'\(problem.content)' has no accessible alternative.",
                    hint: "Add `alternative:` saying how people can get the same information."))
        }
        if statement.formatEmail == nil, statement.formatPhone == nil, !site.config.contact.hasRoute,
            !places.isReported("format_requests"), !ContactRule.routeReported(site.config)
        {
            findings.append(
                Finding(
                    places.location(of: "format_requests"),
                    "the statement gives no way to ask for another format or report a problem.",
                    hint: "Add `format_requests: { email: ..., phone: ... }` or a `contact:` route."))
        }
        if statement.prepared == nil, !places.isReported("prepared") {
            findings.append(
                Finding(
                    places.location(of: "prepared"), "the statement does not say when it was prepared.",
                    hint: "Add `prepared: 2026-06-20`."))
        }
        if statement.reviewed == nil, !places.isReported("reviewed") {
            findings.append(
                Finding(
                    places.location(of: "reviewed"), "the statement does not say when it was last reviewed.",
                    hint: "Add `reviewed: 2026-06-20`."))
        }
        if statement.tested == nil, !places.isReported("tested") {
            findings.append(
                Finding(
                    places.location(of: "tested"), "the statement does not say how and when the site was tested.",
                    hint: "Add `tested: { date: 2026-06-15, by: (who), method: (how) }`."))
        }
        findings += PageLinks.pagesMissingLink(to: SiteRoutes.accessibility, in: site).map {
            Finding(
                SourceLocation(file: "templates/layout.mustache"),
                "the page \($0) does not link to the accessibility statement.",
                hint:
                    "Keep the footer link `<a href=\"/accessibility/\">Accessibility</a>` in templates/layout.mustache."
            )
        }
        return findings
    }
}
