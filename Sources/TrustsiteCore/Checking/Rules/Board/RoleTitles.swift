/// The job titles that show a statutory post when a member has no `statutory_role:`: the one
/// table of this fallback, documented in the README and tested entry by entry.
///
/// Titles and phrases are compared as words: lower case, apostrophes dropped ("children's" and
/// "childrens" are "children"), punctuation ignored, and "of", "for", "the", "and", "to", "in",
/// "with", "at" and "on" left out, so "Director of Children's Services", "Director, Children's
/// Services" and "Director for Children Services" read alike. A `…` in a phrase stands for up to
/// three words: "Cabinet Member … Children" is also "Cabinet Member for Education and Children".
struct RoleTitles: Sendable {
    let role: StatutoryRole
    /// Whose titles are read: members of these partner types (nil: any member).
    let partnerTypes: Set<PartnerType>?
    /// A title containing one of these phrases shows the post ...
    let shows: [String]
    /// ... as does a title that is exactly one of these ...
    let wholeTitles: [String]
    /// ... unless it also contains one of these.
    let rulesOut: [String]
    /// Words that make a title look like the post, for naming the likeliest member in a hint.
    let likeness: Set<String>
    // The phrases as words, worked out once: every member's title is compared with every phrase.
    private let showsWords: [[String]]
    private let wholeTitleWords: [[String]]
    private let rulesOutWords: [[String]]

    init(
        role: StatutoryRole, partnerTypes: Set<PartnerType>?, shows: [String], wholeTitles: [String],
        rulesOut: [String], likeness: Set<String>
    ) {
        self.role = role
        self.partnerTypes = partnerTypes
        self.shows = shows
        self.wholeTitles = wholeTitles
        self.rulesOut = rulesOut
        self.likeness = likeness
        showsWords = shows.map(Self.words)
        wholeTitleWords = wholeTitles.map(Self.words)
        rulesOutWords = rulesOut.map(Self.words)
    }

    static let all: [RoleTitles] = [
        RoleTitles(
            role: .directorOfChildrensServices, partnerTypes: [.localAuthority],
            // "Director of Children" is also "… Children's Services", "… Children, Schools and Families",
            // "Strategic Director, Children and Enterprise"; "Director of People" is also "Executive
            // Director of People" and "Strategic Director, People".
            shows: [
                "Director of Children", "Director of People",
                "Director of Education and Children", "Director of Learning and Children",
                "Children's Services Director", "Chief Officer, Children", "DCS",
            ],
            wholeTitles: [],
            rulesOut: [
                "Deputy Director", "Assistant Director", "Associate Director", "Service Director",
                "Operational Director", "Divisional Director", "Deputy DCS", "Assistant DCS", "PA to the Director",
                "Adviser to the Director", "Director of Children's Social Care", "Director of Children's Safeguarding",
                "Director of Children's Centre", "Director of Children's Centres", "Director of Children's Health",
                "Director of Children's Commissioning", "Director of People and Culture",
                "Director of People and Organisational Development", "Director of People and OD",
                "Director of People and HR",
            ],
            likeness: [
                "director", "children", "people", "young", "families", "schools", "education", "learning", "dcs",
                "strategic", "corporate",
            ]),
        RoleTitles(
            role: .leadMember, partnerTypes: [.localAuthority],
            shows: [
                "Lead Member … Children", "Lead Member … Young People", "Executive Member … Children",
                "Executive Member … Young People", "Cabinet Member … Children", "Cabinet Member … Young People",
                "Portfolio Holder … Children", "Portfolio Holder … Young People", "Lead Councillor … Children",
                "Executive Councillor … Children", "Cabinet Lead … Children",
            ],
            wholeTitles: ["Lead Member", "Executive Member", "Cabinet Member", "Portfolio Holder"],
            rulesOut: [
                "Deputy Lead Member", "Deputy Cabinet Member", "Deputy Executive Member", "Deputy Portfolio Holder",
                "Assistant Cabinet Member", "Assistant Portfolio Holder", "Shadow", "Opposition",
            ],
            likeness: [
                "councillor", "cllr", "member", "cabinet", "portfolio", "holder", "lead", "children", "young",
                "people", "families",
            ]),
        RoleTitles(
            role: .seniorHealthLead, partnerTypes: [.health],
            shows: [
                "Chief Executive", "Chief Officer", "Accountable Officer", "Chief Operating Officer", "Chief Nurse",
                "Chief Nursing Officer", "Director",  // of Nursing, of Commissioning, of Public Health, Medical …
                "Executive Lead", "Executive Nurse",
            ],
            wholeTitles: [],
            rulesOut: [],
            likeness: [
                "chief", "director", "executive", "nurse", "nursing", "medical", "clinical", "commissioning",
                "health", "nhs", "officer", "lead", "children",
            ]),
        RoleTitles(
            role: .leadGP, partnerTypes: nil,
            shows: [
                "GP", "GPs", "General Practitioner", "General Practice", "Professional Executive Committee",
                "Practice-Based Commissioning",
            ],
            wholeTitles: [],
            rulesOut: ["Practice Manager", "Practice Nurse"],
            likeness: ["gp", "gps", "general", "practitioner", "practice", "dr", "doctor", "clinical", "primary"]),
    ]

    static func entry(_ role: StatutoryRole) -> RoleTitles {
        all.first { $0.role == role }
            ?? RoleTitles(
                role: role, partnerTypes: [], shows: [], wholeTitles: [], rulesOut: [], likeness: [])
    }

    /// True when `title` shows the post (whoever the member sits for).
    func titleShows(_ title: String) -> Bool {
        let words = Self.words(title)
        let shown = showsWords.contains { Self.contains(words, $0) } || wholeTitleWords.contains(words)
        return shown && !rulesOutWords.contains { Self.contains(words, $0) }
    }

    /// True when the member's title shows the post and they sit for a partner whose titles are read.
    func shows(_ member: Member, partnerType: PartnerType?) -> Bool {
        if let partnerTypes, !(partnerType.map { partnerTypes.contains($0) } ?? false) { return false }
        return titleShows(member.role)
    }

    /// How much a member's name and title (as `words`) look like the post: the likeness words in them.
    func likenessScore(_ words: Set<String>) -> Int {
        words.intersection(likeness).count
    }

    /// True when `title` names a post this one rules out (a deputy, an assistant director): such a
    /// member is a less likely holder than any whose title only looks like the post.
    func titleIsRuledOut(_ title: String) -> Bool {
        let words = Self.words(title)
        return rulesOutWords.contains { Self.contains(words, $0) }
    }

    static let ignoredWords: Set<String> = ["of", "for", "the", "and", "to", "in", "with", "at", "on"]

    /// A title or phrase as the words it is compared by; `…` stays as a word of its own.
    /// (Scalars, not Characters: a Board of 100,000 members has every title read several times.)
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func finish() {
            guard !word.isEmpty else { return }
            let text = String(word)
            word.removeAll(keepingCapacity: true)
            if !ignoredWords.contains(text) { words.append(text == "childrens" ? "children" : text) }
        }
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "'", "\u{2019}", "\u{2018}": continue
            case "&": finish()  // "and", which is left out
            case "…":
                finish()
                words.append("…")
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    word.append(scalar)
                } else {
                    finish()
                }
            }
        }
        finish()
        return words
    }

    /// True when `phrase` occurs in `words` as consecutive words, a `…` standing for up to three.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard let first = phrase.first else { return false }
        if first == "…" { return contains(words, Array(phrase.dropFirst())) }
        return words.indices.contains { start in matches(words[start...], phrase[...]) }
    }

    private static func matches(_ words: ArraySlice<String>, _ phrase: ArraySlice<String>) -> Bool {
        guard let next = phrase.first else { return true }
        if next == "…" {
            let rest = phrase.dropFirst()
            return (0...3).contains { skip in
                skip <= words.count && matches(words.dropFirst(skip), rest)
            }
        }
        guard let word = words.first, word == next else { return false }
        return matches(words.dropFirst(), phrase.dropFirst())
    }
}
