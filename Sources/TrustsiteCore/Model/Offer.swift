/// The local offer: `content/offer/index.md` and one file per service in `content/offer/services/`.
public struct Offer: Sendable {
    public var document: ContentDocument?
    public var services: [Service]
}

public struct Service: Sendable {
    public struct Contact: Sendable {
        public var email: String?
        public var phone: String?
        public var web: String?
        /// Where `contact:` and its keys are written.
        public var places: SourcePlaces
    }

    public var slug: String
    public var name: String
    public var summary: String?
    public var audience: String?
    public var ages: ServiceAges?
    public var outcomeIDs: [String]
    /// Where each of `outcomeIDs` is written.
    public var outcomeLocations: [SourceLocation]
    public var areas: [String]
    public var isYouthOffer: Bool
    public var access: String?
    public var contact: Contact?
    /// Who provides it (`providers:`): Board partner ids, or names of organisations not on the Board.
    public var providers: [String]
    /// Where each of `providers` is written.
    public var providerLocations: [SourceLocation]
    /// Where it is offered, each with its own hours, accessibility notes and contact (`sites:`).
    public var sites: [ServiceSite]
    public var cost: String?
    public var place: String?
    public var accessibility: String?
    public var lastChecked: Day?
    public var document: ContentDocument
    public var location: SourceLocation

    /// True for a provider written as an id (lower-case words joined by hyphens, `fernlow-council`),
    /// which must be a Board partner's; anything else is an organisation's name.
    public static func isPartnerID(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Where the front matter's keys are written, and which of them the loader has reported.
    public var places: SourcePlaces { document.places }
}
