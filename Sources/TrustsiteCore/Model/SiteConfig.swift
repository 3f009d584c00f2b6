/// `trustsite.yml`: who publishes the site, where, and how to reach them.
public struct SiteConfig: Sendable {
    public struct Contact: Sendable {
        public var email: String?
        public var phone: String?
        public var address: [String]
        /// Where each line of `address` is written.
        public var addressLocations: [SourceLocation] = []
        /// A site path (`/have-your-say/`) or a full URL.
        public var haveYourSay: String?
        /// Where `contact:` and its keys are written (the file's top level when it is absent).
        public var places = SourcePlaces.file("trustsite.yml")

        public var hasRoute: Bool { email != nil || phone != nil || !address.isEmpty }
    }

    public struct Colours: Sendable {
        public var brand: String
        public var accent: String
        public var brandLocation: SourceLocation?
        public var accentLocation: SourceLocation?

        public static let defaults = Colours(brand: "#1f4e79", accent: "#ffbf47")
    }

    public struct AbsentPartnerType: Sendable {
        public var type: PartnerType
        public var reason: String
        public var location: SourceLocation
        public var places: SourcePlaces
    }

    /// A rule the site has decided not to meet, with the published reason.
    public struct Waiver: Sendable {
        public var ruleID: String
        public var reason: String
        public var location: SourceLocation
    }

    public var name: String
    public var localAuthority: String
    /// The place's name, e.g. "Brackenmoor", for sentences like "not present in Brackenmoor".
    public var area: String?
    public var baseURL: String
    public var language: String
    public var edition: Edition
    public var description: String?
    public var fictional: Bool
    public var updated: Day?
    public var contact: Contact
    public var colours: Colours
    public var allowRawHTML: Bool
    public var absentPartnerTypes: [AbsentPartnerType]
    /// The partner types that declarations of `absent_partner_types:` which could not be read may
    /// name (the loader has reported them): a rule does not say these types are missing.
    public var unloadedAbsentTypes: Set<PartnerType> = []
    public var accessibility: AccessibilityStatement?
    public var waivers: [Waiver]
    /// The licence open data and content are published under.
    public var licence: Licence
    /// The picture sharing previews show (`sharing_image:`); nil when the site sets none.
    public var sharingImage: SharingImage? = nil
    /// The Trust's logo in every page's header (`logo:`); nil when the site sets none.
    public var logo: SiteLogo? = nil
    /// `pdf: true`: every build prints the whole plan and each annual report to PDF, as `--pdf` does.
    public var pdf = false

    public struct Licence: Sendable {
        public var name: String
        public var url: String
        /// Where `url` is written; nil for the default licence.
        public var location: SourceLocation?

        public static let openGovernment = Licence(
            name: "Open Government Licence v3.0",
            url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", location: nil)
    }
    /// The lowest Flesch reading ease a summary for young people and parents may score.
    public var readabilityMinimum: Double
    public var location: SourceLocation
    /// The status words the site's reports may use: the standard ones, red/amber/green and `status_words:`.
    public var statusWords = StatusWords()
    /// Where the top-level keys are written.
    public var places = SourcePlaces.file("trustsite.yml")

    /// `base_url` without its trailing slash, for joining with site paths.
    public var baseURLWithoutSlash: String {
        baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }
}
