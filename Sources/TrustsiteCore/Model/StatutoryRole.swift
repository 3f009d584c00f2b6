/// A post on the Board that a rule looks for, declared on a member with `statutory_role:` so the
/// rules need not guess it from a job title.
public enum StatutoryRole: String, Sendable, Hashable, CaseIterable {
    /// The Director of Children's Services (Children Act 2004 s18): BOARD-LA.
    case directorOfChildrensServices = "director-of-childrens-services"
    /// The Lead Member for Children's Services, the councillor accountable for them (s19): BOARD-LA.
    case leadMember = "lead-member"
    /// The senior health representative accountable for children's health (000 §3.14): BOARD-HEALTH-SENIOR.
    case seniorHealthLead = "senior-health-lead"
    /// The lead GP the Director of Children's Services secures with the PCT (000 §3.14): BOARD-HEALTH-SENIOR.
    case leadGP = "lead-gp"

    /// The post in a sentence: "Is Sam Patel the director of children's services?"
    public var phrase: String {
        switch self {
        case .directorOfChildrensServices: "the director of children's services"
        case .leadMember: "the lead member for children's services"
        case .seniorHealthLead: "the senior health representative accountable for children's health"
        case .leadGP: "the lead GP"
        }
    }

    /// Which rule asks for the post.
    public var ruleID: String {
        switch self {
        case .directorOfChildrensServices, .leadMember: "BOARD-LA"
        case .seniorHealthLead, .leadGP: "BOARD-HEALTH-SENIOR"
        }
    }

    /// The role as written in `board.yml`, whatever the case, spaces, underscores or apostrophes
    /// (`Lead GP`, `lead_gp`, `Director of Children's Services`); nil when it is none of them.
    public init?(written text: String) {
        let key = StatusWords.key(
            text.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: ""))
        guard let role = Self.allCases.first(where: { $0.rawValue == key }) else { return nil }
        self = role
    }
}
