import Foundation
import TrustsiteMarkdown

/// SITE-LINK-TEXT: link text that makes sense out of context.
struct LinkTextRule: FixedLevelRule {
    let id = "SITE-LINK-TEXT"
    let requirement = "Link text makes sense out of context (\"click here\", \"read more\", bare URLs warned)."
    let citation = "WCAG 2.4.4"
    let fixedLevel = Diagnostic.Severity.warning

    static let vague: Set<String> = [
        "click here", "here", "read more", "more", "more info", "more information", "this page", "this link",
        "link", "click", "find out more", "learn more", "this", "go", "details",
    ]

    func check(_ site: RuleInput) -> [Finding] {
        let year = ExampleDates(site).lastYearText
        return site.documents.flatMap { document, _ in
            document.rendered.links.compactMap { link -> Finding? in
                let location = SourceLocation(
                    file: document.path, line: link.position.line, column: link.position.column)
                let text = link.text.trimmedWhitespace.lowercased()
                    .trimmingCharacters(in: .punctuationCharacters)
                if Self.vague.contains(text) {
                    return Finding(
                        location, "the link text \"\(link.text)\" does not say where it goes.",
                        hint:
                            "Use words that name the destination, e.g. [read the annual report \(year)](\(link.destination))."
                    )
                }
                if link.isBareURL, !link.destination.hasPrefix("mailto:") {
                    return Finding(
                        location, "the link is a bare web address (\(link.text)).",
                        hint: "Give it words: [the JSNA dashboard](\(link.destination)).")
                }
                return nil
            }
        }
    }
}
