import Testing

@testable import TrustsiteCore

/// The placeholder detector, entry by entry: what stands in for content, and real wording that
/// only looks like it.
@Suite struct PlaceholderTests {
    @Test(arguments: [
        // Empty and blank.
        "", "   ", "\t",
        // The words themselves, in any case, with trailing full stops.
        "TBC", "tbc", "TBC.", "T.B.C.", "TBA", "tbd", "TODO", "To do", "FIXME", "Placeholder", "Pending", "Unknown",
        "to follow", "To follow.", "to be confirmed", "To be agreed", "to be announced", "To be decided",
        "to be determined", "To be appointed", "Vacant", "N/A", "n/a", "NA", "n.a.", "Not applicable", "Not known",
        "Coming soon", "test", "Lorem ipsum", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
        // Symbols and runs of x.
        "-", "–", "—", "--", "?", "???", "...", "…", "xxx", "XXX", "x", "XX-XX", "*",
        // Wrapped in brackets, quotes or emphasis.
        "[TBC]", "(TBC)", "(to be confirmed)", "'TBC'", "\"TBC\"", "*TBC*", "[name]", "[Name of chair]",
        "<insert email address>", "<name>", "{name}", "[ to follow ]",
        // Starting with a placeholder word and a separator.
        "TBC - awaiting data", "TBC – awaiting data", "TBC: awaiting data", "TBC (awaiting data)", "TBC, see minutes",
        "TODO: write the evidence", "TBD after the June meeting", "To be confirmed at the June meeting",
        "To follow - data from the NHS", "Pending: Ofsted report", "XXX Borough Council",
        // Short values ending with one.
        "Name TBC", "Chair TBC", "Evidence to follow", "Name to follow", "Details to be confirmed",
        "Jo Bloggs (TBC)", "Email TBC", "Chair to be appointed",
        // A template's instructions.
        "Insert name here", "insert the chair's email", "Enter text here", "Your name here", "Text here",
    ])
    func placeholders(_ text: String) {
        #expect(Placeholder.match(text) != nil, "'\(text)' should be a placeholder")
    }

    @Test(arguments: [
        // Real text that contains a placeholder word inside it.
        "Figures for the year to follow the national release in May.",
        "N/A for primary schools; secondary attendance rose to 94%.",
        "Not applicable this year because the service closed in March.",
        "Staff will follow up every referral within five days.",
        "To follow up every referral, the hubs hired two workers.",
        "The second hub opened in May; the third is to follow in September.",
        "Approval from the Board is pending until the budget is set.",
        "Planning permission pending",
        "Awaiting Ofsted's report, due in January, before the next step.",
        "The TBC column in the old report was removed.",
        // Names, roles and words that begin like a placeholder word.
        "Dr Amara Okafor", "Todos Santos", "Tbilisi twinning group", "Nadia Ahmed", "Xavier Ng",
        "Director of Children's Services",
        "Natalie Abbott", "Unknown Pleasures youth project", "Test Valley Borough Council",
        // Brackets that are part of the text, and addresses in angle brackets.
        "(a) school places and (b) transport", "<https://www.example.gov.uk/>", "<trust@example.gov.uk>",
        // Ordinary values of required fields.
        "CTB 25/14", "Children's Trust Board, 19 March 2025", "None", "Free", "0", "1 FTE, £40,000",
        "Drop in, or ask your health visitor to refer you.", "Six of ten schools trained.",
    ])
    func content(_ text: String) {
        #expect(Placeholder.match(text) == nil, "'\(text)' should be content")
    }

    @Test func aValueThatOnlyRepeatsItsKeyIsAPlaceholder() {
        #expect(Placeholder.match("Name", field: "name") != nil)
        #expect(Placeholder.match("Evidence", field: "evidence") != nil)
        #expect(Placeholder.match("Resources", field: "resources") != nil)
        #expect(Placeholder.match("Name", field: "role") == nil)
    }

    @Test func aMissingValueIsNotAPlaceholder() {
        #expect(Placeholder.match(nil) == nil)
        #expect(!Placeholder.isContent(nil))
        #expect(!Placeholder.isContent("TBC"))
        #expect(Placeholder.isContent("Dr Amara Okafor"))
    }

    @Test func theMatchQuotesTheValueForTheMessage() {
        #expect(Placeholder.match("  TBC ")?.describe("evidence") == "'evidence' is a placeholder ('TBC')")
        #expect(Placeholder.match("")?.describe("name") == "'name' is empty")
        let long = "TBC - " + String(repeating: "a", count: 80)
        #expect(Placeholder.match(long)?.text.count == 40)
    }
}
