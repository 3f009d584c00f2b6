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

    static func section(_ section: PlanSection) -> String { "/plan/\(section.slug)/" }
    static func pastPlan(_ plan: PastPlan) -> String { "/plan/past/\(plan.slug)/" }
    static func priority(_ priority: Priority) -> String { "/plan/priorities/\(priority.slug)/" }
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
