/// The site's glossary: `content/glossary.yml`. Abbreviations are marked up with `<abbr>` where a
/// page first uses them, and every entry is listed on `/glossary/`.
public struct Glossary: Sendable {
    public struct Entry: Sendable {
        public var term: String
        /// What an abbreviation stands for (nil for a word).
        public var standsFor: String?
        public var meaning: String?
    }

    public var intro: String?
    public var abbreviations: [Entry]
    public var words: [Entry]
    public var updated: Day?
}
