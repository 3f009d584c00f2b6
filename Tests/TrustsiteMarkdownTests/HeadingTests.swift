import Testing

@testable import TrustsiteMarkdown

@Suite struct HeadingTests {
    let renderer = MarkdownRenderer()

    @Test func headingsGetSlugIDs() {
        let result = renderer.render("## Where there's more to do\n")
        #expect(
            result.html == "<h2 id=\"where-theres-more-to-do\">Where there’s more to do</h2>\n"
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

    @Test func numbersSkipIDsTheAuthorTook() {
        // `## Same 2` is same-2 and `{#same-3}` claims same-3: generated numbers go around both.
        let result = renderer.render(
            "## Same\n\n## Same 2\n\n## Other {#same-3}\n\n## Same\n\n## Same\n\n## Same 2\n\n## Same\n")
        #expect(result.headings.map(\.id) == ["same", "same-2", "same-3", "same-4", "same-5", "same-2-2", "same-6"])
        #expect(result.headings.map(\.isExplicitID) == [false, false, true, false, false, false, false])
    }

    @Test func explicitIDTakenByANumberFallsBackToItsText() {
        let result = renderer.render("## Same\n\n## Same\n\n## Other {#same-2}\n\n## Same 3\n\n## Same\n")
        #expect(result.headings.map(\.id) == ["same", "same-2", "other", "same-3", "same-4"])
    }

    @Test func sectionsKeepTheirRepeatedHeadingsIDs() {
        let result = renderer.render("## Same\n\nOne.\n\n## Same\n\nTwo.\n\n### Same\n\nThree.\n")
        #expect(result.sections.map(\.headingID) == ["same", "same-2", "same-3"])
        #expect(result.sections.map(\.text) == ["One.", "Two.\n\nThree.", "Three."])
    }

    /// The numbering as it was first written: every new heading counts up from 2 until an id is free.
    struct CountingFromTwo {
        var used: Set<String>

        mutating func claim(_ id: String) -> String? {
            guard !used.contains(id), !id.hasPrefix("fn-"), !id.hasPrefix("fnref-") else { return nil }
            used.insert(id)
            return id
        }

        mutating func slug(for text: String) -> String {
            var base = Slugger.slug(text)
            if base.hasPrefix("fn-") || base.hasPrefix("fnref-") { base = "section-" + base }
            var candidate = base
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }

    @Test func numberingIsTheSameAsCountingFromTwo() {
        // Headings and ids chosen to collide: texts whose slugs are another's numbered ids, explicit
        // ids that take numbers, reserved and footnote ids. Pseudo-random, from a fixed seed.
        let texts = ["Same", "Same 2", "Same 3", "Same 2 2", "Same 1", "Main content", "Fn 1", "Other", "same-4"]
        let ids = ["same", "same-2", "same-3", "same-5", "same-2-2", "other", "fn-1", "main-content-2"]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            var slugger = Slugger(reserved: ["main-content", "top"])
            var reference = CountingFromTwo(used: ["main-content", "top"])
            for _ in 0..<40 {
                if next(4) == 0 {
                    let id = ids[next(ids.count)]
                    #expect(slugger.claim(id) == reference.claim(id))
                } else {
                    let text = texts[next(texts.count)]
                    #expect(slugger.slug(for: text) == reference.slug(for: text))
                }
            }
        }
    }

    @Test func twentyThousandSameHeadingsTakeLinearWork() {
        var slugger = Slugger(reserved: [])
        var ids: [String] = []
        for index in 0..<20_000 {
            // Every tenth heading is written `Same k`, taking a number the counting reaches later.
            ids.append(slugger.slug(for: index % 10 == 9 ? "Same \(index)" : "Same"))
        }
        #expect(Set(ids).count == ids.count)
        #expect(ids.prefix(3) == ["same", "same-2", "same-3"])
        // Each heading tests its base, then numbers: one number each, plus one per number an
        // author's heading took first. Counting from 2 every time would be about 160 million.
        #expect(slugger.probes <= 3 * 20_000)
    }

    @Test func renderingIsDeterministic() {
        let page = String(repeating: "## Same\n\n## Same 3 {#same-3}\n\nText[^1].\n\n", count: 200) + "[^1]: Note.\n"
        let first = renderer.render(page)
        let second = renderer.render(page)
        #expect(first == second)
        #expect(Set(first.headings.map(\.id)).count == 400)
    }

    @Test func slugsKeepLettersAndDigitsOnly() {
        #expect(Slugger.slug("14–19 plan: what's next?") == "14-19-plan-whats-next")
        #expect(Slugger.slug("Économie & bien-être") == "économie-bien-être")
        #expect(Slugger.slug("!!!") == "section")
    }
}
