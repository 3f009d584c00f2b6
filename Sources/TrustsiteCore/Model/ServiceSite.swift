/// One place a service is offered (`sites:`): its name, address, opening hours, accessibility
/// notes and, when it has its own, a contact.
public struct ServiceSite: Sendable {
    public var name: String
    public var address: String?
    public var hours: [OpeningHours]
    public var accessibility: String?
    public var contact: Service.Contact?
    public var location: SourceLocation
}
