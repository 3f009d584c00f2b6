import Testing

@testable import TrustsiteCore

@Suite struct AbbreviationMarkupTests {
    let markup = AbbreviationMarkup(
        Glossary(
            intro: nil,
            abbreviations: [
                .init(term: "SEN", standsFor: "Special educational needs", meaning: nil),
                .init(term: "SENCO", standsFor: "Special educational needs coordinator", meaning: nil),
                .init(term: "CYPP", standsFor: "Children & Young People's Plan", meaning: nil),
            ],
            words: [], updated: nil))

    @Test func firstUseInTextIsMarked() {
        let html =
            "<h2 id=\"cypp\">The CYPP</h2>\n<p>Our CYPP and the CYPP again. Ask a SENCO about SEN. CYPPs and XCYPP stay.</p>"
        #expect(
            markup.mark(html)
                == "<h2 id=\"cypp\">The CYPP</h2>\n<p>Our <abbr title=\"Children &amp; Young People&#39;s Plan\">CYPP</abbr> "
                + "and the CYPP again. Ask a <abbr title=\"Special educational needs coordinator\">SENCO</abbr> about "
                + "<abbr title=\"Special educational needs\">SEN</abbr>. CYPPs and XCYPP stay.</p>")
    }

    @Test func tagsCodeAndAddressesAreLeftAlone() {
        let html = "<p><a href=\"/CYPP/\" title=\"CYPP\">plan</a> <code>CYPP</code></p><p>CYPP</p>"
        #expect(
            markup.mark(html)
                == "<p><a href=\"/CYPP/\" title=\"CYPP\">plan</a> <code>CYPP</code></p><p><abbr title=\"Children &amp; Young People&#39;s Plan\">CYPP</abbr></p>"
        )
    }

    @Test func aWordThatOnlyStartsWithATermIsLeftAlone() {
        // SENCOs: SENCO and SEN both run on into a letter.
        #expect(markup.mark("<p>SENCOs and SENs.</p>") == "<p>SENCOs and SENs.</p>")
    }

    @Test func aTermListedTwiceUsesItsFirstEntry() {
        let twice = AbbreviationMarkup(
            Glossary(
                intro: nil,
                abbreviations: [
                    .init(term: "LA", standsFor: "Local authority", meaning: nil),
                    .init(term: "LA", standsFor: "Los Angeles", meaning: nil),
                ],
                words: [], updated: nil))
        #expect(twice.mark("<p>The LA.</p>") == "<p>The <abbr title=\"Local authority\">LA</abbr>.</p>")
    }

    @Test func aLargeGlossaryMarksEachTermOnce() {
        // 2,000 terms: each is found by one walk of the term tree, not 2,000 comparisons a word.
        let terms = (0..<2_000).map { "Q" + String($0, radix: 26).uppercased() + "X" }
        let large = AbbreviationMarkup(
            Glossary(
                intro: nil, abbreviations: terms.map { .init(term: $0, standsFor: "Group \($0)", meaning: nil) },
                words: [], updated: nil))
        let page = "<p>" + (terms + terms.reversed()).joined(separator: " and ") + "</p>"
        let marked = large.mark(page)
        #expect(marked.components(separatedBy: "<abbr ").count - 1 == 2_000)
        for term in terms.prefix(50) {
            #expect(marked.contains("<abbr title=\"Group \(term)\">\(term)</abbr>"))
        }
        #expect(marked.hasSuffix(" and \(terms[0])</p>"))
    }
}
