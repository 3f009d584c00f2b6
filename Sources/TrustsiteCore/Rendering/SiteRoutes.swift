/// Where every kind of page is published. One place, so links and pages always agree.
enum SiteRoutes {
    static let home = "/"
    static let plan = "/plan/"
    static let planWhole = "/plan/whole/"
    static let outcomes = "/outcomes/"
    static let reviews = "/reviews/"
    static let board = "/board/"
    static let offer = "/offer/"
    static let accessibility = "/accessibility/"
    static let aboutThisInformation = "/about-this-information/"
    static let openData = "/data/"
    static let search = "/search/"
    static let archive = "/archive/"
    static let glossary = "/glossary/"
    static let notFound = "/404.html"
    static let feed = "/feed.xml"
    static let sitemap = "/sitemap.xml"
    static let stylesheet = "/assets/site.css"

    /// The id of the contact details in every page's footer.
    static let footerContactID = "footer-contact"
    /// A free page the theme links to as "contact us" when the site has one.
    static let contactPage = "/contact/"

    /// Where "contact us" links lead: the site's contact page (`content/pages/contact.md`), else
    /// its have-your-say page, else the contact details in the footer of the page itself. So a
    /// site without a contact page never links to one.
    static func contact(_ content: SiteContent) -> String {
        let pages = Set(content.pages.map(\.url))
        if pages.contains(contactPage) { return contactPage }
        if let haveYourSay = content.config.contact.haveYourSay,
            !PageLinks.isInternal(haveYourSay) || pages.contains(LinksRule.resolve(haveYourSay, from: home).0)
        {
            return haveYourSay
        }
        return "#" + footerContactID
    }

    static func section(_ section: PlanSection) -> String { "/plan/\(section.slug)/" }
    static func pastPlan(_ plan: PastPlan) -> String { "/plan/past/\(plan.slug)/" }
    static func priority(_ priority: Priority) -> String { "/plan/priorities/\(priority.slug)/" }
    static func theme(_ theme: PlanTheme) -> String { "/plan/themes/\(theme.slug)/" }
    /// A priority's page: under the current plan, or under the past plan (kept as a folder) it belongs to.
    static func priority(_ priority: Priority, of past: PastPlan?) -> String {
        guard let past else { return self.priority(priority) }
        return pastPlan(past) + "priorities/\(priority.slug)/"
    }
    static func indicator(_ indicator: Indicator) -> String { "/plan/indicators/\(indicator.slug)/" }
    /// An indicator's page: under the current plan, or under the past plan (kept as a folder) it belongs to.
    static func indicator(_ indicator: Indicator, of past: PastPlan?) -> String {
        guard let past else { return self.indicator(indicator) }
        return pastPlan(past) + "indicators/\(indicator.slug)/"
    }
    static func outcome(_ id: String) -> String { "/outcomes/\(id)/" }
    static func review(_ review: Review) -> String { "/reviews/\(review.slug)/" }
    static func service(_ service: Service) -> String { "/offer/\(service.slug)/" }

    /// The fragment an action is published under on its priority's page: `A1.2` → `action-a1-2`.
    static func actionAnchor(_ actionID: String) -> String {
        "action-" + actionID.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    /// The file a site path is written to: `/plan/` → `plan/index.html`.
    static func outputPath(for url: String) -> String {
        let trimmed = url.hasPrefix("/") ? String(url.dropFirst()) : url
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }
}
