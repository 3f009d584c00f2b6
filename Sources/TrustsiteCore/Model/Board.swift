/// The Children's Trust Board: `content/board/board.yml` and `content/board/index.md`.
public struct Board: Sendable {
    public var document: ContentDocument?
    public var partners: [Partner]
    public var members: [Member]
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
        case viceChair = "vice-chair"
        case member
    }

    public var name: String
    public var role: String
    public var partnerID: String
    public var position: Position
    public var location: SourceLocation
    public var places: SourcePlaces
    /// The statutory post the member holds (`statutory_role:`), which the Board rules trust over the job title.
    public var statutoryRole: StatutoryRole? = nil
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
