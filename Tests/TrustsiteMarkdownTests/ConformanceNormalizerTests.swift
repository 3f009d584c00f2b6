import Testing

@testable import TrustsiteMarkdown

/// The conformance suite's own machinery: the HTML normaliser and the published-mode rules.
@Suite struct ConformanceNormalizerTests {
    private func same(_ a: String, _ b: String) -> Bool {
        ConformanceHTMLNormalizer.normalize(a) == ConformanceHTMLNormalizer.normalize(b)
    }

    @Test func whitespaceBetweenBlockTagsIsIgnored() {
        #expect(same("<ul>\n<li>a</li>\n</ul>\n", "<ul><li>a</li></ul>"))
        #expect(same("<p>a\n  b</p>", "<p>a b</p>"))
        #expect(same("<p>a<br />\nb</p>", "<p>a<br>b</p>"))
    }

    @Test func attributeOrderAndSelfClosingAreIgnored() {
        #expect(same("<input type=\"checkbox\" disabled=\"\" />", "<input disabled=\"\" type=\"checkbox\">"))
        #expect(same("<a title='t' HREF=\"/u\">x</a>", "<a href=\"/u\" title=\"t\">x</a>"))
        #expect(!same("<input disabled>", "<input disabled=\"\">"))
    }

    @Test func referenceFormsAreIgnored() {
        #expect(same("<p>&#42;&#x2A;&quot;</p>", "<p>**&quot;</p>"))
        #expect(same("<p>a &amp; b</p>", "<p>a &#38; b</p>"))
        #expect(same("<a href=\"/a?b=1&amp;c\">x</a>", "<a href=\"/a?b=1&#38;c\">x</a>"))
        #expect(!same("<p>&lt;em&gt;</p>", "<p><em></p>"))
    }

    @Test func meaningfulDifferencesRemain() {
        #expect(!same("<p>a</p>", "<p>b</p>"))
        #expect(!same("<p>a b</p>", "<p>ab</p>"))
        #expect(!same("<p><em>a</em></p>", "<p><strong>a</strong></p>"))
        #expect(!same("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>"))
        #expect(!same("<a href=\"/a\">x</a>", "<a href=\"/b\">x</a>"))
        #expect(!same("<p>a</p><!-- c -->", "<p>a</p>"))
    }

    @Test func textThatIsNotATagStaysText() {
        #expect(ConformanceHTMLNormalizer.normalize("<p>a < b</p>") == "<p>a &lt; b</p>")
        #expect(same("<script>if (a<b) {}</script>", "<script>if (a<b) {}</script>"))
    }

    @Test func publishedAdditionsAreRemovedExactly() {
        let published = """
            <h2 id="costs">Costs</h2>
            <div class="table-scroll" role="region" tabindex="0" aria-label="Table: A, B"><table>
            <thead>
            <tr>
            <th scope="col" style="text-align: left">A</th>
            <th scope="col">B</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">1</td>
            <td>2</td>
            </tr>
            </tbody>
            </table></div>
            <ul>
            <li><input type="checkbox" checked="" disabled="" aria-label="Done" /> x</li>
            </ul>

            """
        let reference = """
            <h2>Costs</h2>
            <table>
            <thead>
            <tr>
            <th align="left">A</th>
            <th>B</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">1</td>
            <td>2</td>
            </tr>
            </tbody>
            </table>
            <ul>
            <li><input type="checkbox" checked="" disabled="" /> x</li>
            </ul>

            """
        #expect(ConformanceTests.removingPublishedAdditions(published) == reference)
    }

    /// No spec example has an unsafe URL outside raw HTML, so the rule is checked here.
    @Test func unsafeURLsAreBlankedInPublishedMode() {
        let markdown = "[a](javascript:alert(1)) ![b](data:text/html,x) ![c](data:image/png;base64,AA) [d](/ok)\n"
        let reference = MarkdownRenderer(options: .reference).render(markdown).html
        let published = MarkdownRenderer().render(markdown).html
        #expect(
            ConformanceTests.removingPublishedAdditions(published) == ConformanceTests.blankingUnsafeURLs(reference))
        #expect(ConformanceTests.urlAttributes(in: published).allSatisfy { !ConformanceTests.isUnsafeURL($0) })
        #expect(published.contains("src=\"data:image/png;base64,AA\""))
    }
}
