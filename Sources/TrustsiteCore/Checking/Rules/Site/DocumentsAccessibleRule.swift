/// SITE-DOCUMENTS-ACCESSIBLE: a PDF published on or after 23 September 2018 is tagged, titled
/// (and shows its title), and states its language; a required publication is never only a document.
struct DocumentsAccessibleRule: FixedLevelRule {
    static let ruleID = "SITE-DOCUMENTS-ACCESSIBLE"
    /// When the regulations came into force: office files published earlier are exempt (reg. 4(2)(a)).
    static let exemptBefore = Day(checkedYear: 2018, month: 9, day: 23)

    let id = ruleID
    let requirement =
        "Every PDF published on or after 23 September 2018 is tagged, has a title shown as its window title, and "
        + "states its language (one with no published date in documents.yml counts as published after it; an "
        + "earlier one is exempt and warned about); a required publication (the plan, an annual report) is never "
        + "published only as a PDF or Office file (a warning)."
    let citation =
        "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, reg. 4(2)(a) "
        + "and reg. 6; WCAG 2.2 1.3.1, 2.4.2, 3.1.1"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        let documents = site.content.documentFacts.values.sorted { $0.url < $1.url }
        return documents.compactMap { finding($0, today: site.today) } + DocumentOnlyPublications.findings(site)
    }

    private func finding(_ document: DocumentFacts, today: Day) -> Finding? {
        guard let pdf = document.pdf, case let failures = pdf.failures, !failures.isEmpty else { return nil }
        let location = SourceLocation(file: document.source)
        let problems = failures.map(\.problem).joined(separator: "; ")
        let fixes = failures.map { "- \($0.fix)" }.joined(separator: "\n")
        let folder = document.source.split(separator: "/").dropLast().joined(separator: "/")
        // A site built as of a day before the regulations (an archive, a test) published everything before them.
        if let published = document.metadata?.published ?? (today < Self.exemptBefore ? today : nil),
            published < Self.exemptBefore
        {
            let when =
                document.metadata?.published == nil
                ? "it has no published date, but the site is built as of \(today.text)"
                : "it was published on \(published.text)"
            return Finding(
                location,
                "\(document.fileName) is not accessible (\(problems)); \(when), "
                    + "before 23 September 2018, so the regulations exempt it unless it is needed for the "
                    + "Trust's active administrative processes.",
                hint: "If people still need it to use a service, make it accessible:\n\(fixes)\n"
                    + "Better still, publish its content as a page.", level: .warning)
        }
        let when =
            document.metadata?.published.map { "it was published on \($0.text)" }
            ?? "it has no published date, so it counts as published after 23 September 2018"
        var hint = "Fix the PDF:\n\(fixes)\nOr publish its content as a page and link to the PDF as a copy."
        if document.metadata?.published == nil {
            hint +=
                "\nIf it was first published before 23 September 2018, say so in \(folder)/documents.yml:\n"
                + "\(document.fileName):\n  published: 2017-06-30"
        }
        return Finding(
            location,
            "\(document.fileName) is not accessible: \(problems); \(when), when documents must be accessible.",
            hint: hint)
    }
}
