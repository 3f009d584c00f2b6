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
        let services = servicePaths.compactMap { path -> Service? in
            guard let loaded = loader.load(path, expected: "a service of the local offer.") else { return nil }
            return service(loaded, path: path)
        }
        return Offer(document: intro?.document, services: services.sorted { $0.name < $1.name })
    }

    private func service(_ loaded: DocumentLoader.Loaded, path: String) -> Service? {
        let map = loaded.frontMatter
        defer { map.reportUnknownKeys() }
        guard
            let name = map.requiredString(
                "name", example: "name: Family Hub, Northgate", why: "Every service in the directory needs a name.")
        else { return nil }
        return Service(
            slug: path.fileStem,
            name: name,
            summary: map.string("summary"),
            audience: map.string("for"),
            ages: ages(map.mapping("ages")),
            outcomeIDs: map.strings("outcomes") ?? [],
            areas: map.strings("areas") ?? [],
            isYouthOffer: map.bool("youth") ?? false,
            access: map.string("access"),
            contact: contact(map.mapping("contact")),
            cost: map.string("cost"),
            place: map.string("where"),
            accessibility: map.string("accessibility"),
            lastChecked: map.day("last_checked"),
            document: loaded.document,
            location: SourceLocation(file: path, line: 1, column: 1),
            fields: map.fieldLocations(including: ["contact"])
        )
    }

    private func ages(_ map: YAMLMapping?) -> ClosedRange<Int>? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        guard let from = map.int("from"), let to = map.int("to") else { return nil }
        guard from <= to else {
            context.log.error(
                map.location, "'ages' runs from \(from) to \(to): 'from' is above 'to'.",
                hint: "Swap them, e.g. `ages: { from: 0, to: 19 }`.")
            return nil
        }
        return from...to
    }

    private func contact(_ map: YAMLMapping?) -> Service.Contact? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        return Service.Contact(email: map.string("email"), phone: map.string("phone"), web: map.string("web"))
    }
}
