/// Reads `trustsite.yml`.
///
/// Only a file that cannot be read at all (missing, not UTF-8, malformed YAML, not a mapping)
/// stops the load: the site cannot be read without it. Anything else wrong in it is reported and
/// left out, and the rest is loaded.
struct ConfigLoader {
    static let path = "trustsite.yml"
    let context: LoadContext

    func load() -> SiteConfig? {
        let loader = DocumentLoader(context: context)
        let map = loader.loadData(Self.path, expected: "the site's configuration, starting with `name:`.")
        guard !map.isStandIn else { return nil }
        defer { map.reportUnknownKeys() }
        let name = map.requiredString(
            "name", example: "name: Brackenmoor Children's Trust", why: "Every page names the Trust.",
            rule: "SITE-CONTACT")
        let authority = map.requiredString(
            "local_authority", example: "local_authority: Brackenmoor Borough Council",
            why: "The site names the local authority that leads the Trust.", rule: "SITE-CONTACT")
        let writtenBaseURL = map.requiredString(
            "base_url", example: "base_url: https://children.brackenmoor.example/",
            why: "Canonical links, the sitemap and the feed need the address the site is published at.")
        // An address that is refused is left out, as every value that cannot be read is: a draft or
        // the preview built anyway must never write it into a link (`javascript:` would run).
        var baseURL = writtenBaseURL
        if let written = writtenBaseURL,
            !(written.hasPrefix("https://") || written.hasPrefix("http://"))
                || written.unicodeScalars.contains(where: { !Self.isURLScalar($0) })
        {
            baseURL = nil
        }
        if let baseURL = writtenBaseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            context.log.error(
                map.location(of: "base_url"), "'base_url' must start with https:// or http://.",
                hint: "Write the full address, e.g. `base_url: https://children.brackenmoor.example/`.")
        } else if let baseURL = writtenBaseURL, let bad = baseURL.unicodeScalars.first(where: { !Self.isURLScalar($0) })
        {
            // It is written into every page's canonical link, the sitemap and the feed as it is.
            context.log.error(
                map.location(of: "base_url"),
                "'base_url' contains \(bad == " " ? "a space" : "'\(AddressNames.printable(String(bad)))'"), "
                    + "which cannot be in a web address.",
                hint: "Write the address as a browser shows it, e.g. `base_url: https://children.brackenmoor.example/`."
            )
        }
        var language = map.string("language") ?? "en-GB"
        if !Self.isLanguageTag(language) {
            context.log.error(
                map.location(of: "language"),
                "'language' is '\(AddressNames.printable(language))', which is not a language tag.",
                hint: "Write the language's tag, e.g. `language: en-GB` (English), `cy` (Welsh) or `pl` (Polish).")
            // Left out like any value that cannot be read: a draft is built in the default language.
            language = "en-GB"
        }
        let edition = map.choice("edition", Edition.self) ?? .y2010
        let printsPDFs = map.bool("pdf") ?? false
        let absent = absentTypes(map.list("absent_partner_types", rule: "BOARD-RELEVANT-PARTNERS") ?? [])
        return SiteConfig(
            name: name ?? "",
            localAuthority: authority ?? "",
            area: map.string("area"),
            baseURL: baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "",
            language: language,
            edition: edition,
            description: map.string("description"),
            fictional: map.bool("fictional") ?? false,
            updated: map.day("updated"),
            contact: contact(map),
            colours: colours(map.mapping("colours", rule: "SITE-COLOUR-CONTRAST")),
            allowRawHTML: map.bool("allow_raw_html") ?? false,
            absentPartnerTypes: absent.read,
            unloadedAbsentTypes: absent.unloaded,
            accessibility: map.mapping("accessibility", rule: "SITE-ACCESSIBILITY-STATEMENT").flatMap(accessibility),
            waivers: waivers(map.list("waivers") ?? []),
            licence: licence(map.mapping("licence")),
            sharingImage: SharingImageReader(log: context.log).read(map.mapping("sharing_image")),
            logo: LogoReader(log: context.log).read(map.mapping("logo")),
            pdf: printsPDFs,
            readabilityMinimum: Double(map.int("readability_minimum", rule: "SITE-PLAIN-LANGUAGE") ?? 60),
            location: SourceLocation(file: Self.path),
            statusWords: StatusWordsReader().declared(map.mapping("status_words", rule: "REVIEW-PROGRESS")),
            // Last: the places note every key reported while the values above were read.
            places: map.places
        )
    }

    /// A BCP 47 tag as pages use it in `lang`: letters, then parts of letters and digits after hyphens.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count),
            first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }
        }
    }

    /// Characters an address may hold as written (RFC 3986's, with `%` for escapes): no space,
    /// quote, angle bracket, control or non-ASCII character.
    static func isURLScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F else { return false }
        return !"\"<>\\^`{|}".unicodeScalars.contains(scalar)
    }

    private func licence(_ map: YAMLMapping?) -> SiteConfig.Licence {
        guard let map else { return .openGovernment }
        defer { map.reportUnknownKeys() }
        return SiteConfig.Licence(
            name: map.requiredString("name", example: "  name: Open Government Licence v3.0", why: "Name the licence.")
                ?? "",
            url: map.requiredString(
                "url", example: "  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                why: "Link to the licence's text.") ?? "",
            location: map.location(of: "url"))
    }

    private func waivers(_ items: [YAMLValue]) -> [SiteConfig.Waiver] {
        items.compactMap { item in
            guard let map = item.mapping() else { return nil }
            defer { map.reportUnknownKeys() }
            let rule = map.requiredString(
                "rule", example: "- rule: PLAN-WORKFORCE", why: "Name the rule that is waived.")
            let reason = map.requiredString(
                "reason", example: "  reason: The workforce strategy is published by the council in March 2026.",
                why: "A rule can only be waived with a written reason, which is published.")
            guard let rule, let reason else { return nil }
            return SiteConfig.Waiver(ruleID: rule, reason: reason, location: item.location)
        }
    }

    /// `contact:`, serving SITE-CONTACT (its `have_your_say:`, SITE-HAVE-YOUR-SAY).
    private func contact(_ config: YAMLMapping) -> SiteConfig.Contact {
        guard let map = config.mapping("contact", rule: "SITE-CONTACT") else {
            return SiteConfig.Contact(address: [], places: SourcePlaces(item: config.location))
        }
        defer { map.reportUnknownKeys() }
        let address = map.texts("address") ?? []
        return SiteConfig.Contact(
            email: map.string("email"), phone: map.string("phone"), address: address.map(\.text),
            addressLocations: address.map(\.location),
            haveYourSay: map.string("have_your_say", rule: "SITE-HAVE-YOUR-SAY"), places: map.places)
    }

    private func colours(_ map: YAMLMapping?) -> SiteConfig.Colours {
        guard let map else { return .defaults }
        defer { map.reportUnknownKeys() }
        func colour(_ key: String, fallback: String) -> String {
            guard let value = map.string(key) else { return fallback }
            let isHex = value.count == 7 && value.hasPrefix("#") && value.dropFirst().allSatisfy(\.isHexDigit)
            guard isHex else {
                context.log.report(
                    Diagnostic(
                        .error, at: map.location(of: key), "'colours.\(key)' is '\(value)', not a colour.",
                        hint: "Write a six-digit hex colour in quotes, e.g. `\(key): \"#1f4e79\"`."
                    ).breaking("SITE-COLOUR-CONTRAST"))
                return fallback
            }
            return value.lowercased()
        }
        return SiteConfig.Colours(
            brand: colour("brand", fallback: SiteConfig.Colours.defaults.brand),
            accent: colour("accent", fallback: SiteConfig.Colours.defaults.accent),
            brandLocation: map.value("brand")?.location, accentLocation: map.value("accent")?.location)
    }

    /// `absent_partner_types:`: the declarations read, and the partner types that the ones that
    /// could not be read may stand for (every type, when their `type:` gives no clue).
    private func absentTypes(
        _ items: [YAMLValue]
    ) -> (read: [SiteConfig.AbsentPartnerType], unloaded: Set<PartnerType>) {
        var read: [SiteConfig.AbsentPartnerType] = []
        var unloaded: Set<PartnerType> = []
        for item in items {
            guard let map = item.mapping() else {
                unloaded.formUnion(PartnerType.allCases)
                continue
            }
            defer { map.reportUnknownKeys() }
            let type = map.choice("type", PartnerType.self)
            if map.value("type") == nil {
                map.missing("type", example: "- type: district-council", why: "Name the partner type that is absent.")
            }
            let reason = map.requiredString(
                "reason", example: "  reason: Brackenmoor is a unitary council; there are no district councils.",
                why: "The reason is published on the Board page.")
            guard let type else {
                unloaded.formUnion(PartnerType.likely(map.value("type")))
                continue
            }
            read.append(
                SiteConfig.AbsentPartnerType(
                    type: type, reason: reason ?? "", location: map.location, places: map.places))
        }
        return (read, unloaded)
    }

    private func accessibility(_ map: YAMLMapping) -> AccessibilityStatement? {
        defer { map.reportUnknownKeys() }
        let problems: [AccessibilityStatement.Problem] = (map.list("non_accessible") ?? []).compactMap { item in
            guard let problem = item.mapping() else {
                map.markReported("non_accessible")
                return nil
            }
            defer { problem.reportUnknownKeys() }
            let content = problem.requiredString(
                "content", example: "- content: Maps of family hub locations", why: "Say what is not accessible.")
            let reason = problem.string("reason")
            let alternative = problem.string("alternative")
            guard let content else {
                map.markReported("non_accessible")
                return nil
            }
            return AccessibilityStatement.Problem(
                content: content, reason: reason ?? "", alternative: alternative, places: problem.places)
        }
        let formats = map.mapping("format_requests")
        defer { formats?.reportUnknownKeys() }
        var testing: AccessibilityStatement.Testing?
        if let tested = map.mapping("tested") {
            defer { tested.reportUnknownKeys() }
            let date = tested.requiredDay("date", example: "  date: 2026-06-15", why: "Say when the site was tested.")
            let by = tested.string("by")
            let method = tested.string("method")
            if let date {
                testing = AccessibilityStatement.Testing(
                    date: date, by: by ?? "", method: method ?? "", places: tested.places)
            } else {
                map.markReported("tested")
            }
        }
        let formatEmail = formats?.string("email")
        let formatPhone = formats?.string("phone")
        let responseDays = formats?.int("response_days")
        if formats?.places.reported.isEmpty == false { map.markReported("format_requests") }
        return AccessibilityStatement(
            compliance: map.choice("compliance", AccessibilityStatement.Compliance.self),
            nonAccessible: problems,
            formatEmail: formatEmail,
            formatPhone: formatPhone,
            responseDays: responseDays,
            formatRequestPlaces: formats?.places,
            enforcement: map.choice("enforcement", AccessibilityStatement.Enforcement.self),
            tested: testing,
            improvements: map.string("improvements"),
            prepared: map.day("prepared"),
            reviewed: map.day("reviewed"),
            location: map.location,
            places: map.places
        )
    }
}
