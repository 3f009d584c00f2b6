import TrustsiteEscaping
import TrustsiteMarkdown

extension ContextBuilder {
    /// `/glossary/`: every abbreviation and word of the site's glossary.
    func glossaryModel() -> PageModel {
        guard let glossary = content.glossary else { return notFoundModel() }
        var html = glossary.intro.map { "<p>\(HTMLEscaping.escape($0))</p>\n" } ?? ""
        func list(_ id: String, _ heading: String, _ entries: [Glossary.Entry]) {
            guard !entries.isEmpty else { return }
            html += "<h2 id=\"\(id)\">\(heading)</h2>\n<dl class=\"glossary\">\n"
            for entry in entries.sorted(by: { $0.term.lowercased() < $1.term.lowercased() }) {
                html +=
                    "<dt id=\"term-\(HTMLEscaping.escape(Slugs.make(entry.term)))\">\(HTMLEscaping.escape(entry.term))</dt>\n<dd>"
                if let standsFor = entry.standsFor { html += "<strong>\(HTMLEscaping.escape(standsFor)).</strong> " }
                html += HTMLEscaping.escape(entry.meaning ?? "") + "</dd>\n"
            }
            html += "</dl>\n"
        }
        list("abbreviations", "Abbreviations", glossary.abbreviations)
        list("words", "Words", glossary.words)
        return PageModel(
            kind: "page", url: SiteRoutes.glossary, title: "Glossary",
            description: "What the words and abbreviations used on this website mean.",
            updated: glossary.updated ?? content.config.updated ?? newestDate, breadcrumbs: [homeCrumb],
            outline: [], data: ["document": ["body_html": html]])
    }
}
