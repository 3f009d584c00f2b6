import Testing
import TrustsiteEscaping

/// The escaper reads code points as a browser does: a mark that Swift joins to a quote or a bracket
/// into one `Character` must not carry it through raw.
@Suite struct EscapingTests {
    /// Each of the five characters, alone and with a combining mark after it or a prepended mark before it.
    static let joined: [(String, String)] = [
        ("\"\u{301}", "&quot;\u{301}"), ("'\u{301}", "&#39;\u{301}"), ("<\u{301}", "&lt;\u{301}"),
        (">\u{20DD}", "&gt;\u{20DD}"), ("&\u{FE0F}", "&amp;\u{FE0F}"), ("\u{600}<", "\u{600}&lt;"),
        ("\u{605}\"", "\u{605}&quot;"), ("\u{110BD}<", "\u{110BD}&lt;"), ("\"\u{200D}", "&quot;\u{200D}"),
    ]

    @Test(arguments: joined)
    func marksJoinedToASpecialCharacterDoNotHideIt(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test func anAttributeBreakoutWithACombiningMarkStaysInsideTheAttribute() {
        let escaped = HTMLEscaping.escape("\"\u{301} onmouseover=\"alert(1)")
        #expect(!escaped.unicodeScalars.contains("\""))
        #expect(escaped == "&quot;\u{301} onmouseover=&quot;alert(1)")
    }

    @Test func aTagAfterAPrependedMarkIsText() {
        let escaped = HTMLEscaping.escape("\u{600}<img src=x onerror=alert(1)>")
        #expect(!escaped.unicodeScalars.contains("<"))
        #expect(!escaped.unicodeScalars.contains(">"))
    }

    @Test func plainTextIsReturnedUnchanged() {
        #expect(HTMLEscaping.escape("Family hubs in Fernlow – café") == "Family hubs in Fernlow – café")
        #expect(HTMLEscaping.escape("") == "")
        #expect(HTMLEscaping.escape("a & b < c") == "a &amp; b &lt; c")
    }
}
