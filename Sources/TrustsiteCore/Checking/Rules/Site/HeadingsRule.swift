/// SITE-HEADINGS: one h1 per page (the page title) and no skipped heading levels.
struct HeadingsRule: FixedLevelRule {
    let id = "SITE-HEADINGS"
    let requirement =
        "One h1 per page, the page's title, which says what the page is about (not a placeholder such as TBC); heading levels do not skip."
    let citation = "WCAG 1.3.1, 2.4.6"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        titleFindings(site) + levelFindings(site)
    }

    /// The title is the page's h1, its name in search results and in the browser's tab.
    private func titleFindings(_ site: RuleInput) -> [Finding] {
        let year = ExampleDates(site).lastYearText
        return site.documents.compactMap { document, _ in
            guard let match = Placeholder.match(document.places.written(document.title, at: "title"), field: "title")
            else { return nil }
            return Finding(
                document.places.location(of: "title"),
                match.describe("title") + ": give the page a title that says what it is about.",
                hint:
                    "The title is the page's heading and its name in search results, e.g. `title: Annual report \(year)`."
            )
        }
    }

    private func levelFindings(_ site: RuleInput) -> [Finding] {
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
