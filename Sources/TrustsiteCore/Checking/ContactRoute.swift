import TrustsiteMarkdown

/// A way to contact someone, as written in a contact field: an email address, a phone number, a
/// web address or a line of a postal address. A route that is a placeholder or is not what its
/// field says does not count as a route, and is reported where it is written.
struct ContactRoute {
    enum Kind {
        case email, phone, web, address

        var what: String {
            switch self {
            case .email: "an email address"
            case .phone: "a phone number"
            case .web: "a web address"
            case .address: "a line of a postal address"
            }
        }

        var example: String {
            switch self {
            case .email: "childrenstrust@example.gov.uk"
            case .phone: "01632 960 100"
            case .web: "https://www.example.gov.uk/family-hubs"
            case .address: "Town Hall, Market Street"
            }
        }
    }

    let kind: Kind
    let value: String
    /// The key it is written under, for messages: `contact.email`.
    let field: String
    let location: SourceLocation

    /// What is wrong with the route, in a sentence; nil when it works.
    var problem: String? {
        if let match = Placeholder.match(value, field: field.split(separator: ".").last.map(String.init)) {
            return match.describe(field) + ", not \(kind.what)"
        }
        let reason: String? =
            switch kind {
            case .email: EmailAddress.problem(value)
            case .phone: PhoneNumber.problem(value)
            case .web:
                // An address with an unsafe scheme (javascript:) is SITE-SAFE-CONTENT's to report.
                SafeContentRule.isSafe(value) ? WebAddress.problem(value) : nil
            case .address: nil
            }
        return reason.map { "'\(field)' is not \(kind.what) ('\(Self.shown(value))'): \($0)" }
    }

    /// Whether people can use it: it is not a placeholder and is what its field says.
    var works: Bool {
        problem == nil && (kind != .web || SafeContentRule.isSafe(value))
    }

    /// The finding for a route that does not work; nil for one that does.
    func finding(_ purpose: String) -> Finding? {
        guard let problem else { return nil }
        return Finding(
            location, problem + ".",
            hint: "Write \(kind.what) \(purpose), e.g. `\(field.split(separator: ".").last ?? ""): \(kind.example)`, "
                + "or remove the line until you have one.")
    }

    private static func shown(_ value: String) -> String {
        let trimmed = value.trimmedWhitespace
        return trimmed.count <= 60 ? trimmed : String(trimmed.prefix(59)) + "…"
    }
}

extension SiteConfig {
    /// The site's contact routes as written in trustsite.yml: `contact.email`, `contact.phone` and
    /// each line of `contact.address`.
    var contactRoutes: [ContactRoute] {
        let places = contact.places
        var routes: [ContactRoute] = []
        if let email = places.written(contact.email, at: "email") {
            routes.append(
                ContactRoute(
                    kind: .email, value: email, field: "contact.email", location: places.location(of: "email")))
        }
        if let phone = places.written(contact.phone, at: "phone") {
            routes.append(
                ContactRoute(
                    kind: .phone, value: phone, field: "contact.phone", location: places.location(of: "phone")))
        }
        for (index, line) in contact.address.enumerated() {
            routes.append(
                ContactRoute(
                    kind: .address, value: line, field: "contact.address",
                    location: index < contact.addressLocations.count
                        ? contact.addressLocations[index] : places.location(of: "address")))
        }
        return routes
    }

    /// Whether readers have a way to reach the Trust: a working email address or phone number, or
    /// a postal address with no placeholder line.
    var hasWorkingContactRoute: Bool {
        let routes = contactRoutes
        let address = routes.filter { $0.kind == .address }
        return routes.contains { $0.kind != .address && $0.works } || !address.isEmpty && address.allSatisfy(\.works)
    }
}
