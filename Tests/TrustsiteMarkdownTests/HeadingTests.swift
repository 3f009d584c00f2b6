import Testing

@testable import TrustsiteMarkdown

@Suite struct HeadingTests {
    let renderer = MarkdownRenderer()

    @Test func headingsGetSlugIDs() {
        let result = renderer.render("## Where there's more to do\n")
        #expect(result.html == "<h2 id=\"where-theres-more-to-do\">Where there’s more to do</h2>\n"
            || result.html == "<h2 id=\"where-theres-more-to-do\">Where there's more to do</h2>\n")
        #expect(result.headings.map(\.id) == ["where-theres-more-to-do"])
    }

    @Test func repeatedHeadingsGetUniqueIDs() {
        let result = renderer.render("## Actions\n\n## Actions\n\n## Actions\n")
        #expect(result.headings.map(\.id) == ["actions", "actions-2", "actions-3"])
    }

    @Test func explicitIDIsUsedAndStripped() {
        let result = renderer.render("## Where there is *more* to do {#more-to-do}\n")
        #expect(result.html == "<h2 id=\"more-to-do\">Where there is <em>more</em> to do</h2>\n")
        #expect(result.headings.first?.text == "Where there is more to do")
        #expect(result.headings.first?.isExplicitID == true)
    }

    @Test func duplicateExplicitIDFallsBackToSlug() {
        let result = renderer.render("## One {#same}\n\n## Two {#same}\n")
        #expect(result.headings.map(\.id) == ["same", "two"])
        #expect(result.headings.map(\.isExplicitID) == [true, false])
    }

    @Test func reservedAndFootnoteIDsAreAvoided() {
        let result = renderer.render("## Main content\n\n## fn 1\n")
        #expect(result.headings.map(\.id) == ["main-content-2", "section-fn-1"])
    }

    @Test func headingsNeverTakeFootnoteIDs() {
        let named = renderer.render("## Fn note\n\nText[^note].\n\n[^note]: A note.\n")
        #expect(named.headings.map(\.id) == ["section-fn-note"])
        let explicit = renderer.render("## Notes {#fn-1}\n\nText[^1].\n\n[^1]: A note.\n")
        #expect(explicit.headings.map(\.id) == ["notes"])
        #expect(explicit.html.components(separatedBy: "id=\"fn-1\"").count == 2)
    }

    @Test func explicitIDSyntaxIsLeftAloneWhenIDsAreOff() {
        #expect(MarkdownRenderer(options: .reference).render("# foo {#bar}\n").html == "<h1>foo {#bar}</h1>\n")
    }

    @Test func outlineNestsH3UnderH2() {
        let result = renderer.render("# Title\n\n## A\n\n### A1\n\n## B\n\n#### deep\n")
        #expect(result.outline.map(\.text) == ["A", "B"])
        #expect(result.outline.first?.children.map(\.id) == ["a1"])
    }

    @Test func positionsIncludeTheFrontMatterOffset() {
        let result = renderer.render("Intro\n\n## Heading\n", lineOffset: 4)
        #expect(result.headings.first?.position == SourcePosition(line: 7, column: 1))
    }

    @Test func slugsKeepLettersAndDigitsOnly() {
        #expect(Slugger.slug("14–19 plan: what's next?") == "14-19-plan-whats-next")
        #expect(Slugger.slug("Économie & bien-être") == "économie-bien-être")
        #expect(Slugger.slug("!!!") == "section")
    }
}
