/// SITE-PLAIN-LANGUAGE: summaries for young people and parents read at a plain level.
struct PlainLanguageRule: FixedLevelRule {
    let id = "SITE-PLAIN-LANGUAGE"
    let requirement =
        "Summaries meant for young people and parents read at a plain level (report a readability score per summary; warn past a configurable threshold)."
    let citation = "000 §3.28 \"accessible form\""
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        let minimum = site.config.readabilityMinimum
        return Self.summaries(in: site).compactMap { summary in
            let score = Readability.fleschReadingEase(summary.text)
            guard score < minimum else { return nil }
            return Finding(
                summary.location,
                "the summary \"\(summary.title)\" scores \(Int(score.rounded())) for reading ease; summaries for young people and parents should score at least \(Int(minimum)).",
                hint: "Use shorter sentences and everyday words (\"help\" not \"intervention\"). "
                    + "The score is Flesch reading ease: higher is easier; 60 to 70 is plain English.")
        }
    }

    struct Summary {
        var title: String
        var text: String
        var location: SourceLocation
    }

    /// The summaries for young people and parents, found as their rules find them (`summary`,
    /// `young-people-summary`): a page that declares one or whose title says one, and a section
    /// whose heading carries the id or says one. Heading words count only where the markers' do
    /// (a plan's summary for young people, a review's summary for parents): "Summary of needs
    /// mapped against services" is not written for young people.
    static func summaries(in site: RuleInput) -> [Summary] {
        let markers = ["young-people-summary", "summary"].map(Marker.named)
        let ids = Set(markers.map(\.id))
        var result: [Summary] = []
        for placed in site.placedDocuments {
            let document = placed.document
            let markersByWords = markers.filter { $0.places.contains(placed.place) }
            let saysSummary = { (text: String) -> Bool in
                guard !markersByWords.isEmpty else { return false }
                let words = HeadingWords(text)
                return markersByWords.contains { $0.says(words) }
            }
            if !Set(document.covers).isDisjoint(with: ids) || document.title.map(saysSummary) == true {
                result.append(
                    Summary(
                        title: document.title ?? document.path, text: document.rendered.plainText,
                        location: SourceLocation(file: document.path, line: 1, column: 1)))
                continue
            }
            // Each heading's section text, the first for an id (a page may have 20,000 "## Summary").
            var sectionTexts: [String: String] = [:]
            for heading in document.rendered.headings
            where (ids.contains(heading.id) && heading.isExplicitID) || saysSummary(heading.text) {
                if sectionTexts.isEmpty {
                    for section in document.rendered.sections where sectionTexts[section.headingID] == nil {
                        sectionTexts[section.headingID] = section.text
                    }
                }
                let text = sectionTexts[heading.id] ?? ""
                result.append(
                    Summary(
                        title: heading.text, text: text,
                        location: SourceLocation(
                            file: document.path, line: heading.position.line, column: heading.position.column)))
            }
        }
        return result
    }
}

/// Readability measures for English text.
public enum Readability {
    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    public static func fleschReadingEase(_ text: String) -> Double {
        let words = text.split { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }.filter {
            $0.contains(where: \.isLetter)
        }
        guard !words.isEmpty else { return 100 }
        // A line break ends a sentence too: list items are read as separate sentences.
        let sentences = max(1, text.split { ".!?\n".contains($0) }.filter { $0.contains(where: \.isLetter) }.count)
        let syllables = words.reduce(0) { $0 + syllableCount(String($1)) }
        return 206.835 - 1.015 * Double(words.count) / Double(sentences) - 84.6 * Double(syllables)
            / Double(words.count)
    }

    /// Vowel groups, less a silent final e: good enough for a warning, as every such tool does.
    static func syllableCount(_ word: String) -> Int {
        let letters = Array(word.lowercased().filter(\.isLetter))
        guard !letters.isEmpty else { return 0 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let isVowel = vowels.contains(letter)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if letters.count > 2, letters.last == "e", !vowels.contains(letters[letters.count - 2]), count > 1 {
            count -= 1
        }
        return max(1, count)
    }
}
