/// The words a site's reports may write for a progress status: the standard words, red, amber and
/// green, and the site's own words declared under `status_words:` in `trustsite.yml`. Case, spaces,
/// hyphens and underscores do not matter: "On track", "ON-TRACK" and "on_track" are one word.
public struct StatusWords: Sendable {
    /// A word other than a standard one, and the standard status it means.
    public struct LocalWord: Sendable, Equatable {
        /// As declared (`SLIPPAGE`), which is how pages show it.
        public var word: String
        public var status: ProgressStatus
        /// Where it is declared; nil for red, amber and green.
        public var location: SourceLocation?

        public init(word: String, status: ProgressStatus, location: SourceLocation? = nil) {
            self.word = word
            self.status = status
            self.location = location
        }
    }

    /// What a status word in a report stands for.
    public struct Reading: Sendable, Equatable {
        public var status: ProgressStatus
        /// The local word as declared, or nil for a standard word.
        public var localWord: String?
    }

    /// Red, amber and green as nearly every council's RAG rating uses them. Green is on track, not
    /// complete (a finished action is usually "blue" or "complete", which varies too much to guess);
    /// a site that means otherwise declares its own `green:` and that wins.
    public static let traffic: [LocalWord] = [
        LocalWord(word: "Red", status: .offTrack), LocalWord(word: "Amber", status: .atRisk),
        LocalWord(word: "Green", status: .onTrack),
    ]

    /// Red, amber and green, and the words of the site in declaration order.
    public private(set) var localWords: [LocalWord]
    private var byKey: [String: LocalWord]

    /// The site's own words on top of red, amber and green (a declared word replaces a built-in one).
    public init(declared: [LocalWord] = []) {
        let declaredKeys = Set(declared.map { Self.key($0.word) })
        localWords = Self.traffic.filter { !declaredKeys.contains(Self.key($0.word)) } + declared
        byKey = Dictionary(localWords.map { (Self.key($0.word), $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The words the site declared itself (not red, amber and green unless redeclared).
    public var declared: [LocalWord] { localWords.filter { $0.location != nil } }

    /// What `text` means, or nil when it is no status word of this site.
    public func reading(_ text: String) -> Reading? {
        let key = Self.key(text)
        if let status = ProgressStatus(rawValue: key) { return Reading(status: status, localWord: nil) }
        return byKey[key].map { Reading(status: $0.status, localWord: $0.word) }
    }

    /// The known word nearest to a misspelt one, as it should be written.
    public func suggestion(for text: String) -> String? {
        var spellings: [String: String] = [:]
        for status in ProgressStatus.allCases { spellings[status.rawValue] = status.rawValue }
        for local in localWords { spellings[Self.key(local.word)] = local.word }
        return KeySuggester.suggestion(for: Self.key(text), among: spellings.keys).flatMap { spellings[$0] }
    }

    /// The form two words are compared in: lower case, with every run of spaces, hyphens, dashes
    /// and underscores made one hyphen, none at either end.
    public static func key(_ text: String) -> String {
        var key = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isWhitespace || "-_\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}".contains(character) {
                pendingHyphen = !key.isEmpty
                continue
            }
            if pendingHyphen { key.append("-") }
            pendingHyphen = false
            key.append(character)
        }
        return key
    }
}
