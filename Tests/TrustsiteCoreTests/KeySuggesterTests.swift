import Testing

@testable import TrustsiteCore

@Suite struct KeySuggesterTests {
    @Test func theClosestWordWithinAThirdOfItsLength() {
        #expect(KeySuggester.suggestion(for: "/bord/", among: ["/board/", "/plan/", "/offer/"]) == "/board/")
        #expect(KeySuggester.suggestion(for: "stands_fr", among: ["stands_for", "meaning", "term"]) == "stands_for")
        #expect(KeySuggester.suggestion(for: "colour", among: ["flavour", "title"]) == nil)
    }

    @Test func tiesGoToTheSharedStartThenToTheFirstInOrder() {
        // Both one edit away: the one that starts like the typed word wins, then the first in order.
        #expect(KeySuggester.suggestion(for: "abcd", among: ["xbcd", "abce"]) == "abce")
        #expect(KeySuggester.suggestion(for: "abcd", among: ["abcf", "abce"]) == "abce")
        #expect(KeySuggester.suggestion(for: "abcd", among: ["abce", "abcf"]) == "abce")
    }

    @Test func anIdAWordShortOrAWordLongIsSuggestedWhenItIsTheOnlyOne() {
        let partners = ["riverside-park-school", "holtshire-police", "brackenmoor-council"]
        #expect(KeySuggester.suggestion(for: "riverside-park", among: partners) == "riverside-park-school")
        #expect(KeySuggester.suggestion(for: "holtshire-police-force", among: partners) == "holtshire-police")
        // Two ids a word apart: neither is likelier.
        #expect(KeySuggester.suggestion(for: "riverside", among: ["riverside-park", "riverside-school"]) == nil)
        // Not whole words: no suggestion.
        #expect(KeySuggester.suggestion(for: "riverside-pa", among: partners) == nil)
    }

    @Test func editDistanceIsLevenshtein() {
        #expect(KeySuggester.editDistance("kitten", "sitting") == 3)
        #expect(KeySuggester.editDistance("", "abc") == 3)
        #expect(KeySuggester.editDistance("Priority", "priority") == 1)
    }

    @Test func aSpentBudgetGivesNoSuggestion() {
        let anchors = (0..<20_000).map { "part-\($0)" }
        var budget = 1_000
        #expect(KeySuggester.suggestion(for: "part-19999x", among: anchors, budget: &budget) == nil)
        #expect(budget < 1_000)
        var enough = 100_000_000
        #expect(KeySuggester.suggestion(for: "part-19999x", among: anchors, budget: &enough) == "part-19999")
    }
}
