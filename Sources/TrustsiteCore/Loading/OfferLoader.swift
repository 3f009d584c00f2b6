/// Reads the local offer: `content/offer/index.md` and `content/offer/services/*.md`.
struct OfferLoader {
    static let folder = "content/offer"
    let context: LoadContext

    func load() -> Offer? {
        let index = Self.folder + "/index.md"
        let servicePaths = context.markdownFiles(in: Self.folder + "/services")
        guard context.exists(index) || !servicePaths.isEmpty else { return nil }
        let loader = DocumentLoader(context: context)
        let intro = context.exists(index) ? loader.load(index, expected: "what families can expect.") : nil
        intro?.frontMatter.reportUnknownKeys()
        let services = servicePaths.map { path in
            service(loader.load(path, expected: "a service of the local offer."), path: path)
        }
        return Offer(document: intro?.document, services: services.sorted { $0.name < $1.name })
    }

    private func service(_ loaded: DocumentLoader.Loaded, path: String) -> Service {
        let map = loaded.frontMatter
        defer { map.reportUnknownKeys() }
        // A service without a name keeps its page (links to it still work): its file name stands in.
        let name =
            map.requiredString(
                "name", example: "name: Family Hub, Northgate", why: "Every service in the directory needs a name.",
                rule: "OFFER-SERVICES") ?? path.fileStem
        let outcomes = map.texts("outcomes", rule: "OFFER-SERVICE-OUTCOMES") ?? []
        let providers = map.texts("providers", rule: "OFFER-SERVICES") ?? []
        var service = Service(
            slug: path.fileStem,
            name: name,
            summary: map.string("summary"),
            audience: map.string("for", rule: "OFFER-SERVICES"),
            ages: ServiceAgesReader(log: context.log).read(in: map),
            outcomeIDs: outcomes.map(\.text),
            outcomeLocations: outcomes.map(\.location),
            areas: map.strings("areas") ?? [],
            isYouthOffer: map.bool("youth", rule: "OFFER-YOUTH") ?? false,
            access: map.string("access", rule: "OFFER-SERVICES"),
            contact: Self.contact(map.mapping("contact", rule: "OFFER-SERVICES")),
            providers: providers.map(\.text), providerLocations: providers.map(\.location),
            sites: ServiceSitesReader(log: context.log).read(in: map),
            cost: map.string("cost"),
            place: map.string("where"),
            accessibility: map.string("accessibility"),
            lastChecked: map.day("last_checked", rule: "OFFER-UP-TO-DATE"),
            document: loaded.document,
            location: map.location
        )
        // After every key is read: the front matter's places note the keys reported.
        service.document = loaded.finishedDocument
        return service
    }

    /// A `contact:` mapping (a service's, or one of its sites').
    static func contact(_ map: YAMLMapping?) -> Service.Contact? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        let email = map.string("email")
        let phone = map.string("phone")
        let web = map.string("web")
        return Service.Contact(email: email, phone: phone, web: web, places: map.places)
    }
}
