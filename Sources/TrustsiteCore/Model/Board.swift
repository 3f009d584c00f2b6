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
    /// Where each of its values is written, by key.
    public var fields = FieldLocations()

    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }
}

public struct Partner: Sendable {
    public var id: String
    public var name: String
    public var type: PartnerType
    public var location: SourceLocation
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
    /// The statutory post the member holds (`statutory_role:`), which the Board rules trust over the job title.
    public var statutoryRole: StatutoryRole? = nil
    /// Where `role:` is written: `statutory_role:` goes under it.
    public var roleLocation: SourceLocation? = nil
    /// Where each of its values is written, by key.
    public var fields = FieldLocations()
}

public struct Subgroup: Sendable {
    public var name: String
    public var purpose: String?
    public var chair: String?
    public var location: SourceLocation
    /// Where each of its values is written, by key.
    public var fields = FieldLocations()
}

/// How the Board relates to the Local Safeguarding Children Board, which is not subordinate to it.
public struct LSCBRelationship: Sendable {
    public var name: String
    public var relationship: String?
    public var url: String?
    public var location: SourceLocation
    /// Where each of its values is written, by key.
    public var fields = FieldLocations()
}
