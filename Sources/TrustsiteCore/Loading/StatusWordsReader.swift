import TrustsiteMarkdown

/// Reads `status_words:` in `trustsite.yml` and the `status:` of each action in a review.
///
/// Status words serve REVIEW-PROGRESS: an error about one carries the rule its value serves
/// (`status_words:` and `progress:` are read for it).
struct StatusWordsReader {
    /// The site's own words, each mapped to a standard status; a bad line is reported and left out.
    func declared(_ map: YAMLMapping?) -> StatusWords {
        guard let map else { return StatusWords() }
        var words: [StatusWords.LocalWord] = []
        var byKey: [String: (word: StatusWords.LocalWord, line: Int?)] = [:]
        for (word, value) in map.entries {
            _ = map.value(word)
            let path = value.keyPath
            let key = StatusWords.key(word)
            guard !key.isEmpty else {
                value.fail(
                    value.location, "'\(path)' declares a status word with no letters.",
                    hint: "Write the word as your reports do, e.g. `SLIPPAGE: at-risk`.")
                continue
            }
            guard !value.isNull else {
                value.fail(
                    value.keyLocation ?? value.location, "'\(path)' does not say which standard status it means.",
                    hint: "Write the standard status after the colon, e.g. `\(Self.yamlKey(word)): at-risk`.")
                continue
            }
            guard let text = value.string("a standard status") else { continue }
            guard let status = ProgressStatus(rawValue: StatusWords.key(text)) else {
                let suggestion = KeySuggester.suggestion(
                    for: StatusWords.key(text), among: ProgressStatus.allCases.map(\.rawValue))
                value.fail(
                    value.location, "'\(path)' is '\(text)', which is not one of the standard statuses.",
                    hint: (suggestion.map { "Did you mean '\($0)'? " } ?? "")
                        + "Map each of your words to one of: \(Self.standardList).")
                continue
            }
            if let standard = ProgressStatus(rawValue: key), standard != status {
                value.fail(
                    value.location,
                    "'\(path)' would make the standard word \(standard.rawValue) mean \(status.rawValue).",
                    hint: "A standard word keeps its meaning: use a word of your own, or remove this line.")
                continue
            }
            let local = StatusWords.LocalWord(word: word, status: status, location: value.location)
            if let earlier = byKey[key] {
                if earlier.word.status != status {
                    value.fail(
                        value.location,
                        "'\(path)' is the same word as '\(earlier.word.word)'\(earlier.line.map { " on line \($0)" } ?? "") "
                            + "(case, spaces and hyphens do not count), but means \(status.rawValue), "
                            + "not \(earlier.word.status.rawValue).",
                        hint: "Keep one of the two lines.")
                }
                continue
            }
            byKey[key] = (local, value.location.line)
            if ProgressStatus(rawValue: key) == nil { words.append(local) }
        }
        return StatusWords(declared: words)
    }

    /// What a review's `status:` means; a word the site does not know is reported at its line.
    func status(_ value: YAMLValue, words: StatusWords) -> StatusWords.Reading? {
        guard let text = value.string("a status word") else { return nil }
        if let reading = words.reading(text) { return reading }
        let suggestion = words.suggestion(for: text)
        var hint = suggestion.map { "Did you mean '\($0)'?\n" } ?? ""
        hint +=
            "The standard words are \(Self.standardList) (case, spaces and hyphens do not matter: "
            + "`On track` is on-track)."
        let builtIn = words.localWords.filter { $0.location == nil }
        if !builtIn.isEmpty {
            hint += "\nBuilt in: " + builtIn.map { "\($0.word) (\($0.status.rawValue))" }.joined(separator: ", ") + "."
        }
        let declared = words.declared
        if !declared.isEmpty {
            hint +=
                "\nThis site's own words (status_words: in \(ConfigLoader.path)): "
                + declared.map { "\($0.word) (\($0.status.rawValue))" }.joined(separator: ", ") + "."
        }
        let meaning = suggestion.flatMap { words.reading($0)?.status.rawValue } ?? "(one of the standard words)"
        hint +=
            "\nTo use it as a word of your own, declare it in \(ConfigLoader.path):\n    status_words:\n      "
            + "\(Self.yamlKey(text)): \(meaning)"
        value.fail(
            value.location, "'\(value.keyPath)' is '\(text)', which is not a status word this site knows.", hint: hint)
        return nil
    }

    static var standardList: String { ProgressStatus.allCases.map(\.rawValue).joined(separator: ", ") }

    /// A word as a YAML key: quoted when YAML would read it as something else.
    static func yamlKey(_ word: String) -> String {
        let special = ":#'\"{}[],&*!|>%@`"
        let plain =
            !word.isEmpty && word.trimmedWhitespace == word && !word.contains(where: { special.contains($0) })
            && !["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"].contains(word.lowercased())
        return plain ? word : JSONText.quote(word)
    }
}
