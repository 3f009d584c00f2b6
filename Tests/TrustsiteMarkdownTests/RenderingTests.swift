import Testing

@testable import TrustsiteMarkdown

@Suite struct RenderingTests {
    let renderer = MarkdownRenderer()

    @Test func rawHTMLIsOmittedByDefault() {
        let result = renderer.render("Hello <script>alert(1)</script>\n\n<div>block</div>\n")
        #expect(!result.html.contains("<script"))
        #expect(!result.html.contains("<div>"))
        #expect(result.rawHTML.count == 3)
    }

    @Test func rawHTMLPassesWhenAllowed() {
        let result = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true)).render("<div>block</div>\n")
        #expect(result.html == "<div>block</div>\n")
    }

    @Test func unsafeLinkSchemesAreDropped() {
        let result = renderer.render("[x](javascript:alert(1))\n")
        #expect(result.html == "<p><a href=\"\">x</a></p>\n")
        #expect(result.links.first?.destination == "javascript:alert(1)")
    }

    @Test func tablesAreLabelledScrollableRegionsWithScopedHeaders() {
        let result = renderer.render("| Service | Cost |\n|:--|--:|\n| Hub | Free |\n")
        #expect(
            result.html.hasPrefix(
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Service, Cost\"><table>"
            ))
        #expect(result.html.contains("<th scope=\"col\" style=\"text-align: left\">Service</th>"))
        #expect(result.html.contains("<td style=\"text-align: right\">Free</td>"))
        #expect(result.html.hasSuffix("</tbody>\n</table></div>\n"))
    }

    @Test func concurrentRenderingKeepsEveryExtension() async {
        let expected = renderer.render("A ~~strike~~ and www.example.com\n").html
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<400 {
                group.addTask { MarkdownRenderer().render("A ~~strike~~ and www.example.com\n").html }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.contains("<del>strike</del>"))
    }

    @Test func aTableLineAboveATableBecomesItsCaption() {
        let html = renderer.render(
            "Table: What each *status* means\n\n| Status | Meaning |\n|---|---|\n| Done | Finished |\n"
        ).html
        #expect(
            html.hasPrefix(
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-what-each-status-means\"><table>\n"
                    + "<caption id=\"table-what-each-status-means\">What each status means</caption>\n<thead>"))
        #expect(!html.contains("<p>Table:"))
    }

    @Test func tablesWithTheSameHeadersGetDistinctLabels() {
        let table = "| Term | Meaning |\n|---|---|\n| A | B |\n\n"
        let html = renderer.render(table + table).html
        #expect(html.contains("aria-label=\"Table: Term, Meaning\">"))
        #expect(html.contains("aria-label=\"Table: Term, Meaning (2)\">"))
    }

    @Test func extensionsAreOn() {
        let html = renderer.render("~~old~~ www.example.org\n\n- [x] done\n- [ ] todo\n\nNote[^1]\n\n[^1]: Source.\n")
            .html
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" aria-label=\"Done\" />"))
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
    }

    @Test func linksAndImagesAreRecordedWithPositions() {
        let result = renderer.render("See [the plan](/plan/) and https://example.org\n\n![](/a.png)\n")
        #expect(result.links.map(\.destination) == ["/plan/", "https://example.org"])
        #expect(result.links.map(\.isBareURL) == [false, true])
        #expect(result.images.first?.alternativeText == "")
        #expect(result.images.first?.position.line == 3)
    }

    @Test func manyTablesWithOneCaptionEachGetTheirOwn() {
        let table = "Table: Same caption\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n"
        let html = renderer.render(String(repeating: table, count: 12)).html
        let ids = ["table-same-caption"] + (2...12).map { "table-same-caption-\($0)" }
        for id in ids {
            #expect(
                html.contains(
                    "aria-labelledby=\"\(id)\"><table>\n<caption id=\"\(id)\">Same caption</caption>\n<thead>"))
        }
        #expect(!html.contains("\u{2}"))
        #expect(!html.contains("\u{1}"))
    }

    @Test func plainTextHasNoMarkup() {
        #expect(renderer.render("Some **bold** and [a link](/x/).\n").plainText == "Some bold and a link.\n")
    }

    @Test func edgeMarkerInInputCannotBreakOutput() {
        let html = renderer.render("## A\u{1}\n\ntext\u{1}\n").html
        #expect(!html.contains("\u{1}"))
        #expect(html.hasPrefix("<h2 id=\"a\">A\u{FFFD}</h2>"))
    }
}
