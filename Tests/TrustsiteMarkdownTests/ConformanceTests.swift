import Foundation
import Testing

@testable import TrustsiteMarkdown

/// The GFM spec and cmark-gfm's extension examples, rendered through `MarkdownRenderer`.
/// docs/markdown-conformance.md describes the suite and every known difference.
///
/// Serialized: cmark-gfm 0.29.0.gfm.6 keeps the inline parser's table of special characters in
/// process-wide state that every parser with extensions adds to and removes from, so renders on
/// several threads at once can lose strikethrough and autolinks (see the doc). Running the
/// examples one at a time keeps this suite from racing with itself.
@Suite(.serialized) struct ConformanceTests {
    // MARK: Known differences

    /// Why an example is expected to differ. Each reason has an `undoing` rule that turns the
    /// actual HTML back into what the example expects, so the test can check that the example
    /// differs by that reason and nothing else.
    enum Reason {
        static let tagFilter = """
            MarkdownRenderer always attaches cmark-gfm's tagfilter extension, which escapes the `<` of \
            raw <script>, <style>, <textarea>, <title>, <xmp>, <iframe>, <noembed>, <noframes> and \
            <plaintext>; cmark-gfm's runner renders core spec examples with only the extensions named \
            on their example line, here none
            """
        static let autolink = """
            MarkdownRenderer always attaches cmark-gfm's autolink extension, which links bare URLs and \
            email addresses; cmark-gfm's runner renders core spec examples with only the extensions \
            named on their example line, here none
            """
        static let footnoteMarkup = """
            the expected footnote markup (ids fn1, fnref1; no data-footnote-* attributes, no \
            aria-label) is from an older cmark-gfm than the installed 0.29.0.gfm.6, which names \
            footnotes after their labels (fn-1, fnref-footnote) and adds data-footnote-ref, \
            data-footnotes, data-footnote-backref and aria-label="Back to content"
            """
    }

    /// gfm-spec.txt examples whose reference rendering differs from the spec, and why.
    /// Each is asserted to still differ, so a fix is noticed and the entry removed.
    static let specKnownDifferences: [Int: String] = [
        140: Reason.tagFilter, 141: Reason.tagFilter, 142: Reason.tagFilter, 145: Reason.tagFilter,
        147: Reason.tagFilter,
        610: Reason.autolink, 614: Reason.autolink, 616: Reason.autolink, 619: Reason.autolink,
        620: Reason.autolink,
    ]

    /// gfm-extensions.txt examples whose reference rendering differs from the file, and why.
    static let extensionKnownDifferences: [Int: String] = [
        23: Reason.footnoteMarkup
    ]

    /// The actual HTML with the documented difference taken out again.
    static func undoing(_ reason: String, in html: String) -> String {
        switch reason {
        case Reason.tagFilter:
            // The extension writes `&lt;` for the `<` of a filtered tag; nothing else.
            return html.replacing(
                #/&lt;(\/?)(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[\s\/>])/#
                    .ignoresCase()
            ) { "<\($0.1)\($0.2)" }
        case Reason.autolink:
            // A link the extension made has its own text as destination (with http:// or mailto: added).
            return html.replacing(#/<a href="([^"]*)">([^<]*)<\/a>/#) { match in
                let (href, text) = (String(match.1), String(match.2))
                return [text, "http://" + text, "mailto:" + text].contains(href) ? text : String(match.0)
            }
        case Reason.footnoteMarkup:
            // Number the labels as the reference marks do, and drop the newer attributes.
            var html = html
            for match in html.matches(of: #/<a href="#fn-([^"]*)" id="fnref-[^"]*" data-footnote-ref>(\d+)<\/a>/#) {
                let (label, number) = (String(match.1), String(match.2))
                html = html.replacing("\"#fn-\(label)\"", with: "\"#fn\(number)\"")
                    .replacing("\"fn-\(label)\"", with: "\"fn\(number)\"")
                    .replacing("\"#fnref-\(label)\"", with: "\"#fnref\(number)\"")
                    .replacing("\"fnref-\(label)\"", with: "\"fnref\(number)\"")
            }
            for attribute in [" data-footnote-ref", " data-footnotes", " data-footnote-backref"] {
                html = html.replacing(attribute, with: "")
            }
            return html.replacing(" aria-label=\"Back to content\"", with: "")
        default:
            return html
        }
    }

    // MARK: The data

    @Test func conformanceFilesArePresentAndComplete() {
        let failures = (ConformanceData.spec + ConformanceData.extensions).compactMap(\.loadFailure)
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
        guard failures.isEmpty else { return }
        #expect(ConformanceData.spec.count == 673, "the GFM 0.29 spec has 673 examples")
        #expect(ConformanceData.extensions.count == 28)
        #expect(ConformanceData.spec.map(\.number) == Array(1...ConformanceData.spec.count))
        #expect(ConformanceData.spec.first { $0.number == 201 }?.section == "Tables (extension)")
        for (number, _) in Self.specKnownDifferences {
            #expect((1...ConformanceData.spec.count).contains(number), "no spec example \(number)")
        }
        for (number, _) in Self.extensionKnownDifferences {
            #expect((1...ConformanceData.extensions.count).contains(number), "no extension example \(number)")
        }
    }

    // MARK: Reference rendering

    static let referenceRenderer = MarkdownRenderer(options: .reference)

    @Test("GFM spec, reference rendering", arguments: ConformanceData.spec)
    func specExample(_ example: ConformanceExample) {
        checkReference(example, knownDifference: Self.specKnownDifferences[example.number])
    }

    @Test("GFM extensions, reference rendering", arguments: ConformanceData.extensions)
    func extensionExample(_ example: ConformanceExample) {
        checkReference(example, knownDifference: Self.extensionKnownDifferences[example.number])
    }

    private func checkReference(_ example: ConformanceExample, knownDifference: String?) {
        if let failure = example.loadFailure {
            Issue.record(Comment(rawValue: failure))
            return
        }
        let actual = Self.referenceRenderer.render(example.markdown).html
        // As in cmark-gfm's runner, an expected output of <IGNORE> only asks that rendering finishes.
        if example.html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>" { return }
        let expected = ConformanceHTMLNormalizer.normalize(example.html)
        let normalized = ConformanceHTMLNormalizer.normalize(actual)
        if let knownDifference {
            #expect(
                normalized != expected,
                """
                \(example.testDescription) is listed as a known difference (\(knownDifference)) but now \
                renders as expected: remove it from the table and from docs/markdown-conformance.md.
                """)
            let undone = Self.undoing(knownDifference, in: actual)
            #expect(
                ConformanceHTMLNormalizer.normalize(undone) == expected,
                """
                \(example.testDescription) differs by more than its documented reason (\(knownDifference)).
                Expected:
                \(example.html)
                Actual:
                \(actual)
                Actual with the documented difference undone:
                \(undone)
                """)
        } else {
            #expect(
                normalized == expected,
                """
                \(example.testDescription) (\(example.file) line \(example.line))
                Markdown:
                \(example.markdown)
                Expected:
                \(example.html)
                Actual:
                \(actual)
                """)
        }
    }

    // MARK: Published rendering

    static let publishedRenderer = MarkdownRenderer(options: MarkdownOptions())

    @Test("GFM spec, published rendering", arguments: ConformanceData.spec)
    func specExamplePublished(_ example: ConformanceExample) {
        checkPublished(example)
    }

    @Test("GFM extensions, published rendering", arguments: ConformanceData.extensions)
    func extensionExamplePublished(_ example: ConformanceExample) {
        checkPublished(example)
    }

    /// The published rendering is the reference rendering plus what trustsite adds on purpose
    /// (see `removingPublishedAdditions`), except where the input holds raw HTML or an unsafe
    /// URL: those are dropped in published mode, and the output is checked for what leaked instead.
    private func checkPublished(_ example: ConformanceExample) {
        if let failure = example.loadFailure {
            Issue.record(Comment(rawValue: failure))
            return
        }
        let reference = Self.referenceRenderer.render(example.markdown)
        let published = Self.publishedRenderer.render(example.markdown)
        let context = "\(example.testDescription)\nMarkdown:\n\(example.markdown)\nPublished:\n\(published.html)"

        let ids = Self.attributeValues("id", in: published.html)
        #expect(Set(ids).count == ids.count, "duplicate id in published HTML. \(context)")
        #expect(
            Self.urlAttributes(in: published.html).allSatisfy { !Self.isUnsafeURL($0) },
            "unsafe URL in published HTML. \(context)")

        if !published.rawHTML.isEmpty {
            Self.checkRawHTMLOmitted(published, count: published.rawHTML.count, context: context)
            return
        }
        var expected = reference.html
        if reference.links.contains(where: { Self.isUnsafeURL($0.destination) })
            || reference.images.contains(where: { Self.isUnsafeURL($0.source) })
        {
            expected = Self.blankingUnsafeURLs(expected)
        }
        let stripped = Self.removingPublishedAdditions(published.html)
        #expect(
            stripped == expected,
            """
            \(context)
            Published, trustsite's additions removed:
            \(stripped)
            Reference:
            \(reference.html)
            """)
    }

    /// What trustsite adds to cmark-gfm's HTML when publishing, removed again, so the rest can be
    /// compared with the reference rendering exactly. Every rule is a deliberate addition:
    ///
    /// 1. Headings get an id: `<h2 id="slug">` → `<h2>`.
    /// 2. Tables are wrapped in a labelled, focusable scroll region:
    ///    `<div class="table-scroll" role="region" tabindex="0" aria-label="Table: ..."><table>` →
    ///    `<table>`, and `</table></div>` → `</table>`.
    /// 3. Header cells get a scope: `<th scope="col"` → `<th`.
    /// 4. Alignment is a style, not the obsolete attribute (cmark-gfm's
    ///    `CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES`): `style="text-align: left"` → `align="left"` on
    ///    `th` and `td`.
    /// 5. Task list boxes are named: ` aria-label="Done"` is removed from `<input type="checkbox" ...>`.
    static func removingPublishedAdditions(_ html: String) -> String {
        html
            .replacing(#/<h([1-6]) id="[^"]*">/#) { "<h\($0.1)>" }
            .replacing(#/<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]*"><table>/#) { _ in
                "<table>"
            }
            .replacing("</table></div>", with: "</table>")
            .replacing("<th scope=\"col\"", with: "<th")
            .replacing(#/<(th|td) style="text-align: (left|center|right)">/#) { "<\($0.1) align=\"\($0.2)\">" }
            .replacing(#/(<input type="checkbox"[^>]*?) aria-label="Done"/#) { String($0.1) }
    }

    // MARK: Raw HTML and unsafe URLs

    /// The tags cmark-gfm writes itself (with the extensions trustsite turns on), plus trustsite's
    /// table wrapper: nothing else may appear once raw HTML is omitted.
    static let generatedTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr", "br",
        "em", "strong", "a", "img", "del", "table", "thead", "tbody", "tr", "th", "td", "input", "div",
        "section", "sup",
    ]

    /// The attributes cmark-gfm and trustsite write.
    static let generatedAttributes: Set<String> = [
        "href", "src", "alt", "title", "class", "start", "type", "checked", "disabled", "id", "align", "style",
        "scope", "role", "tabindex", "aria-label", "data-footnote-ref", "data-footnotes", "data-footnote-backref",
    ]

    /// For an example holding raw HTML, published output must hold none of it: one omission marker
    /// per raw HTML node, and only the tags and attributes cmark-gfm and trustsite generate.
    private static func checkRawHTMLOmitted(_ published: RenderedMarkdown, count: Int, context: String) {
        let html = published.html
        let markers = html.components(separatedBy: "<!-- raw HTML omitted -->").count - 1
        #expect(markers == count, "expected \(count) raw HTML omission markers. \(context)")
        let withoutMarkers = html.replacing("<!-- raw HTML omitted -->", with: "")
        #expect(!withoutMarkers.contains("<!"), "a comment or declaration leaked. \(context)")
        #expect(!withoutMarkers.contains("<?"), "a processing instruction leaked. \(context)")
        for match in withoutMarkers.matches(of: #/<\/?([A-Za-z][A-Za-z0-9-]*)([^>]*)>?/#) {
            let tag = match.1.lowercased()
            #expect(generatedTags.contains(tag), "raw <\(tag)> leaked. \(context)")
            // Quoted values are consumed whole, so nothing inside them is taken for an attribute.
            let attributes = match.2.matches(of: #/\s+([^\s="'>\/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/#)
            for attribute in attributes {
                let name = attribute.1.lowercased()
                guard !name.isEmpty else { continue }
                #expect(
                    generatedAttributes.contains(name) && !name.hasPrefix("on"),
                    "raw attribute \(name) leaked. \(context)")
            }
        }
    }

    /// The values of `href` and `src` attributes, references resolved.
    static func urlAttributes(in html: String) -> [String] {
        attributeValues("href", in: html) + attributeValues("src", in: html)
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        // Attribute values in cmark-gfm's output are always double-quoted.
        html.matches(of: #/\s([a-zA-Z-]+)="([^"]*)"/#).filter { $0.1 == name }.map {
            String($0.2).replacing("&amp;", with: "&").replacing("&quot;", with: "\"")
        }
    }

    /// cmark-gfm's rule for a URL it drops in safe mode (`_scan_dangerous_url`): `javascript:`,
    /// `vbscript:`, `file:`, and `data:` except PNG, GIF, JPEG and WebP images, in any case.
    static func isUnsafeURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        guard lower.hasPrefix("data:") else { return false }
        let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        return !safeImages.contains { lower.hasPrefix($0) }
    }

    /// The reference HTML as safe mode writes it: unsafe `href` and `src` values emptied.
    static func blankingUnsafeURLs(_ html: String) -> String {
        html.replacing(#/\s(href|src)="([^"]*)"/#) { match in
            let url = String(match.2).replacing("&amp;", with: "&")
            return isUnsafeURL(url) ? " \(match.1)=\"\"" : String(match.0)
        }
    }
}
