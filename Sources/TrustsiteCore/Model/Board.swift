/// The Children's Trust Board: `content/board/board.yml` and `content/board/index.md`.
public struct Board: Sendable {
    public var document: ContentDocument?
    public var partners: [Partner]
    /// The members the Board rules read: the top-level `members:`, or, when the Board is written in
    /// layers (`groups:`), the members of the group or groups that decide (`decides: true`).
    public var members: [Member]
    /// The Board's layers (`groups:`), in file order; empty when it is one list of members.
    public var groups: [BoardGroup] = []
    public var subgroups: [Subgroup]
    public var lscb: LSCBRelationship?
    public var voice: String?
    public var updated: Day?
    public var location: SourceLocation
    /// Where board.yml's top-level keys are written.
    public var places: SourcePlaces
    /// Partners that could not be loaded (the loader has reported each): references to them are
    /// not reported again, and rules give them the benefit of the doubt.
    public var unloadedPartners: [UnloadedPartner] = []
    /// Members that could not be loaded (the loader has reported each), likewise.
    public var unloadedMembers: [UnloadedMember] = []

    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }

    /// Every member of every layer, deciding or not (the top-level members when there are no groups).
    public var allMembers: [Member] { groups.isEmpty ? members : groups.flatMap(\.members) }
}

/// One layer of a Board written in layers: an executive, a core group, a stakeholder group.
public struct BoardGroup: Sendable {
    public var name: String
    public var purpose: String?
    /// Whether this group takes the Board's decisions: the Board rules read its members.
    public var decides: Bool
    public var members: [Member]
    public var location: SourceLocation
    public var places: SourcePlaces
}

/// What is known of a partner that could not be loaded.
public struct UnloadedPartner: Sendable {
    /// Its id, if that could be read: without one, any id may be its, and no reference to a
    /// partner is reported unknown until it is fixed.
    public var id: String?
    /// The types it may have: its own when that was read, the one its `type:` is closest to, else every type.
    public var types: Set<PartnerType>
}

/// What is known of a member that could not be loaded.
public struct UnloadedMember: Sendable {
    /// The partner it sits for, if that could be read.
    public var partnerID: String?
    /// Whether it may be the chair (its position says so, or could not be read).
    public var mayBeChair: Bool
}

public struct Partner: Sendable {
    public var id: String
    public var name: String
    public var type: PartnerType
    public var location: SourceLocation
    public var places: SourcePlaces
}

public struct Member: Sendable {
    public enum Position: String, Sendable, CaseIterable {
        case chair
        case coChair = "co-chair"
        case viceChair = "vice-chair"
        case deputyChair = "deputy-chair"
        case member
        case substitute
        case observer
        case adviser
        case inAttendance = "in-attendance"

        /// Whether a member in this position is one of the Board's own members, whose seat makes
        /// its partner represented: a substitute, an observer, an adviser or someone in attendance
        /// sits at the table without being a member.
        public var isFullMember: Bool {
            switch self {
            case .chair, .coChair, .viceChair, .deputyChair, .member: true
            case .substitute, .observer, .adviser, .inAttendance: false
            }
        }

        /// Whether the position chairs the Board (BOARD-CHAIR): a chair or a co-chair; a deputy does not.
        public var chairs: Bool { self == .chair || self == .coChair }

        /// The position in words, as the Board page shows it.
        public var label: String {
            switch self {
            case .chair: "Chair"
            case .coChair: "Co-chair"
            case .viceChair: "Vice-chair"
            case .deputyChair: "Deputy chair"
            case .member: "Member"
            case .substitute: "Substitute"
            case .observer: "Observer"
            case .adviser: "Adviser"
            case .inAttendance: "In attendance"
            }
        }
    }

    /// The person's name, or the post when the seat is held by an organisation with no person named.
    public var name: String
    public var role: String
    /// The partners the member represents (`partner:`, one id or a list), in file order; never empty.
    public var partnerIDs: [String]
    /// Where each of `partnerIDs` is written.
    public var partnerLocations: [SourceLocation] = []
    public var position: Position
    public var location: SourceLocation
    public var places: SourcePlaces
    /// The statutory post the member holds (`statutory_role:`), which the Board rules trust over the job title.
    public var statutoryRole: StatutoryRole? = nil
    /// The post of a seat held by an organisation with no person named (`post:` without `name:`).
    public var post: String? = nil
    /// For a substitute, the name of the member they stand in for (`for:`).
    public var standsInFor: String? = nil

    /// The first partner the member represents.
    public var partnerID: String { partnerIDs.first ?? "" }
    /// Whether a person is named (false for a seat held by an organisation: `post:` without `name:`).
    public var isNamed: Bool { post == nil }
}

public struct Subgroup: Sendable {
    public var name: String
    public var purpose: String?
    public var chair: String?
    public var location: SourceLocation
    public var places: SourcePlaces
}

/// How the Board relates to the Local Safeguarding Children Board, which is not subordinate to it.
public struct LSCBRelationship: Sendable {
    public var name: String
    public var relationship: String?
    public var url: String?
    public var location: SourceLocation
    /// Where `lscb:` and its keys are written.
    public var places: SourcePlaces
}
