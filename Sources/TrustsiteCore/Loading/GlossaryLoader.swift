/// Reads `content/glossary.yml`.
struct GlossaryLoader {
    static let path = "content/glossary.yml"
    let context: LoadContext

    func load() -> Glossary? {
        guard context.exists(Self.path) else { return nil }
        // A glossary that cannot be read is still a (for now empty) page: links to it keep working.
        let map = DocumentLoader(context: context).loadData(Self.path, expected: "the site's glossary.")
        defer { map.reportUnknownKeys() }
        func entries(_ key: String, abbreviations: Bool) -> [Glossary.Entry] {
            (map.list(key) ?? []).compactMap { item in
                guard let entry = item.mapping() else { return nil }
                defer { entry.reportUnknownKeys() }
                let term = entry.requiredString("term", example: "  - term: CYPP", why: "Name the term.")
                let standsFor =
                    abbreviations
                    ? entry.requiredString(
                        "stands_for", example: "    stands_for: Children and Young People's Plan",
                        why: "An abbreviation is written out in full on first use.")
                    : nil
                let meaning = entry.string("meaning")
                guard let term else { return nil }
                return Glossary.Entry(term: term, standsFor: standsFor, meaning: meaning)
            }
        }
        return Glossary(
            intro: map.string("intro"), abbreviations: entries("abbreviations", abbreviations: true),
            words: entries("words", abbreviations: false), updated: map.day("updated"))
    }
}
