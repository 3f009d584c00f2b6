import Testing

@testable import TrustsiteCore

@Suite struct HTMLNestingTests {
    @Test func headingsGoDownAndIdsArePrefixed() {
        let html =
            "<h2 id=\"why\">Why</h2>\n<p><a href=\"#why\">again</a> <a href=\"/plan/\">plan</a></p>\n<h3 id=\"how\">How</h3>\n"
            + "<div class=\"table-scroll\" aria-labelledby=\"t\"><table><caption id=\"t\">T</caption></table></div>\n<h6>Deep</h6>\n"
        #expect(
            HTMLNesting.nest(html, idPrefix: "p1")
                == "<h3 id=\"p1-why\">Why</h3>\n<p><a href=\"#p1-why\">again</a> <a href=\"/plan/\">plan</a></p>\n"
                + "<h4 id=\"p1-how\">How</h4>\n<div class=\"table-scroll\" aria-labelledby=\"p1-t\"><table><caption id=\"p1-t\">T</caption></table></div>\n<h6>Deep</h6>\n"
        )
    }
}
