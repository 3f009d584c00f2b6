import Testing

@testable import TrustsiteCore

@Suite struct AbbreviationMarkupTests {
    let markup = AbbreviationMarkup(Glossary(
        intro: nil,
        abbreviations: [
            .init(term: "SEN", standsFor: "Special educational needs", meaning: nil),
            .init(term: "SENCO", standsFor: "Special educational needs coordinator", meaning: nil),
            .init(term: "CYPP", standsFor: "Children & Young People's Plan", meaning: nil),
        ],
        words: [], updated: nil))

    @Test func firstUseInTextIsMarked() {
        let html = "<h2 id=\"cypp\">The CYPP</h2>\n<p>Our CYPP and the CYPP again. Ask a SENCO about SEN. CYPPs and XCYPP stay.</p>"
        #expect(markup.mark(html) == "<h2 id=\"cypp\">The CYPP</h2>\n<p>Our <abbr title=\"Children &amp; Young People&#39;s Plan\">CYPP</abbr> "
            + "and the CYPP again. Ask a <abbr title=\"Special educational needs coordinator\">SENCO</abbr> about "
            + "<abbr title=\"Special educational needs\">SEN</abbr>. CYPPs and XCYPP stay.</p>")
    }

    @Test func tagsCodeAndAddressesAreLeftAlone() {
        let html = "<p><a href=\"/CYPP/\" title=\"CYPP\">plan</a> <code>CYPP</code></p><p>CYPP</p>"
        #expect(markup.mark(html) == "<p><a href=\"/CYPP/\" title=\"CYPP\">plan</a> <code>CYPP</code></p><p><abbr title=\"Children &amp; Young People&#39;s Plan\">CYPP</abbr></p>")
    }
}
