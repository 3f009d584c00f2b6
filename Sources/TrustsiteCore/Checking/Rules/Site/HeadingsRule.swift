/// SITE-HEADINGS: one h1 per page (the page title) and no skipped heading levels.
struct HeadingsRule: FixedLevelRule {
    let id = "SITE-HEADINGS"
    let requirement = "One h1 per page; heading levels do not skip."
    let citation = "WCAG 1.3.1"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        site.documents.flatMap { document, _ in
            // The page title is the h1, so text headings start at level 2.
            var previous = 1
            return document.rendered.headings.compactMap { heading -> Finding? in
                defer { previous = heading.level }
                let location = SourceLocation(
                    file: document.path, line: heading.position.line, column: heading.position.column)
                if heading.level == 1 {
                    return Finding(
                        location,
                        "\"\(heading.text)\" is a second top-level heading; the page title is already the h1.",
                        hint: "Start headings in the text at ##: ## \(heading.text)")
                }
                if heading.level > previous + 1 {
                    let fixed = String(repeating: "#", count: previous + 1)
                    return Finding(
                        location, "\"\(heading.text)\" skips from heading level \(previous) to \(heading.level).",
                        hint: "Use the next level down: \(fixed) \(heading.text)")
                }
                return nil
            }
        }
    }
}
