import TrustsiteMarkdown

/// Finds a required publication (the plan, an annual report) that exists only as a document:
/// part of SITE-DOCUMENTS-ACCESSIBLE, always a warning.
///
/// It decides on two things only, so that it does not guess: a document whose `documents.yml`
/// title or file name says it is the plan or an annual report ("Children and Young People's
/// Plan", "CYPP", "annual report", "annual review") when the site has no plan, or no annual
/// report, as pages; and a page of the plan or an annual report whose text, leaving out its
/// links, is at most `linkOnlyWords` words and which links to a document: a page that only
/// says "read the plan (PDF)".
enum DocumentOnlyPublications {
    /// Words a page may have besides its links and still be "just a link" ("The plan is here:").
    static let linkOnlyWords = 12

    enum Kind {
        case plan, annualReport

        var name: String { self == .plan ? "the Children and Young People's Plan" : "an annual report" }
    }

    static func findings(_ site: RuleInput) -> [Finding] {
        var findings: [Finding] = []
        let content = site.content
        for document in content.documentFacts.values.sorted(by: { $0.url < $1.url }) {
            guard let kind = kind(of: document) else { continue }
            let hasPages = kind == .plan ? content.plan != nil : !content.reviews.isEmpty
            guard !hasPages else { continue }
            let page = kind == .plan ? "\(PlanLoader.folder)/index.md" : "\(ReviewLoader.folder)/<year>.md"
            findings.append(
                Finding(
                    SourceLocation(file: document.source),
                    "\(document.fileName) looks like \(kind.name), which the site publishes only as a "
                        + "\(document.format.label) file.",
                    hint: "Publish it as pages too (\(page)): a web page can be read with any device and assistive "
                        + "technology, and a PDF beside it is a copy for printing.", level: .warning))
        }
        var pages: [(ContentDocument, String)] = []
        if let plan = content.plan {
            pages.append((plan.document, SiteRoutes.plan))
            pages += plan.sections.map { ($0.document, SiteRoutes.section($0)) }
        }
        pages += content.currentReviews.map { ($0.document, SiteRoutes.review($0)) }
        for (document, url) in pages {
            guard let linked = onlyLinksToDocument(document, url: url, content: content) else { continue }
            findings.append(
                Finding(
                    document.location,
                    "this page only links to \(linked.fileName): its content is published only as a "
                        + "\(linked.format.label) file.",
                    hint: "Write the content on the page itself and keep the link to the "
                        + "\(linked.format.label) as a copy for printing.", level: .warning))
        }
        return findings
    }

    /// What a document's title or file name says it is, if either says it is the plan or an annual report.
    static func kind(of document: DocumentFacts) -> Kind? {
        let names = [document.metadata?.title, document.fileName.fileStem].compactMap { $0 }
        for name in names {
            let words =
                " "
                + name.lowercased().replacingOccurrences(of: "’", with: "'")
                .map { $0.isLetter || $0.isNumber || $0 == "'" ? $0 : " " }.split(separator: " ").joined(
                    separator: " ") + " "
            if words.contains(" annual report ") || words.contains(" annual review ") { return .annualReport }
            if words.contains(" children and young people's plan ")
                || words.contains(" children and young peoples plan ")
                || words.contains(" cypp ")
            {
                return .plan
            }
        }
        return nil
    }

    /// The document a page links to when the page is little more than that link.
    private static func onlyLinksToDocument(_ document: ContentDocument, url: String, content: SiteContent)
        -> DocumentFacts?
    {
        let rendered = document.rendered
        let linked = rendered.links.compactMap { link -> DocumentFacts? in
            guard let target = PageLinks.siteLink(link.destination, baseURL: content.config.baseURL) else { return nil }
            return content.documentFacts[LinksRule.resolve(target, from: url).0]
        }
        guard let first = linked.first else { return nil }
        let linkWords = rendered.links.reduce(0) { $0 + wordCount($1.text) }
        return wordCount(rendered.plainText) - linkWords <= linkOnlyWords ? first : nil
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}
