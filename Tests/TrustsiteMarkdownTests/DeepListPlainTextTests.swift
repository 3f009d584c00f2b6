import Testing

@testable import TrustsiteMarkdown

/// Plain text of lists nested deeper than cmark-gfm's plain-text renderer handles in linear time.
@Suite struct DeepListPlainTextTests {
    let renderer = MarkdownRenderer()

    @Test func shallowListsKeepCmarksPlainText() {
        // cmark-gfm writes each level's marker; up to the limit, its text is kept as it was.
        let nested = String(repeating: "- ", count: DeepListPlainText.depthLimit) + "deep\n"
        #expect(renderer.render(nested).plainText.hasPrefix("  -   -   -"))
        #expect(renderer.render("- one\n- two\n\nAfter.\n").plainText == "  - one\n  - two\n\nAfter.\n")
    }

    @Test func deeperListsGiveEachBlocksTextOnALine() {
        let nested =
            "Intro *text*.\n\n" + String(repeating: "- ", count: DeepListPlainText.depthLimit + 1) + "deep\n\n"
            + "## After\n\n```\ncode\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        #expect(renderer.render(nested).plainText == "Intro text.\ndeep\nAfter\ncode\nA\nB\n1\n2\n")
    }

    @Test func tenThousandLevelsAreRead() {
        let result = renderer.render(String(repeating: "- ", count: 10_000) + "level\n")
        #expect(result.plainText == "level\n")
        #expect(result.html.components(separatedBy: "<ul>").count - 1 == 10_000)
    }
}
