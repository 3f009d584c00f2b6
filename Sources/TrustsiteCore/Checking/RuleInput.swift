import TrustsiteMarkdown

/// What the rules read: the loaded content, "today", and, once the pages are rendered, the site
/// as it would be published (every page's address, its ids, and the links on it).
public struct RuleInput: Sendable {
    public var content: SiteContent
    public let today: Day
    /// The rendered pages' facts; nil while the content rules run, before anything is rendered.
    private let renderedPages: [String: PageFacts]?
    /// The theme's templates, for findings about the links they write (`.none` when not known).
    public private(set) var templates = TemplateSources.none

    /// Every Markdown document of the site with the address it is published at (made once: most
    /// rules walk it).
    public let documents: [(document: ContentDocument, url: String)]
    /// The documents' headings as the markers read them, read once for all the rules that look.
    let markerHeadings = MarkerHeadings()

    public init(content: SiteContent, today: Day, pages: [String: PageFacts]) {
        self.init(content: content, today: today, renderedPages: pages, documents: Self.documents(of: content))
    }

    /// The input of the content rules: no page is rendered yet.
    init(content: SiteContent, today: Day) {
        self.init(content: content, today: today, renderedPages: nil, documents: Self.documents(of: content))
    }

    private init(
        content: SiteContent, today: Day, renderedPages: [String: PageFacts]?,
        documents: [(document: ContentDocument, url: String)]
    ) {
        self.content = content
        self.today = today
        self.renderedPages = renderedPages
        self.documents = documents
    }

    /// The same input with the rendered pages (and the templates that made them), for the rules
    /// of `CheckStage.renderedPages`.
    func with(pages: [String: PageFacts], templates: TemplateSources = .none) -> RuleInput {
        var input = RuleInput(content: content, today: today, renderedPages: pages, documents: documents)
        input.templates = templates
        return input
    }

    /// What each published page holds (its ids and links), by site path. Only rules whose `stage`
    /// is `.renderedPages` may read it: the others run before any page exists.
    public var pages: [String: PageFacts] {
        guard let renderedPages else {
            assertionFailure(
                "a rule that runs before rendering read the rendered pages: give it `stage: .renderedPages`")
            return [:]
        }
        return renderedPages
    }

    /// Ids present on the page at `url`, or nil when the site has no such page.
    public func anchors(of url: String) -> Set<String>? { pages[url]?.ids }

    public var config: SiteConfig { content.config }
    public var edition: Edition { content.config.edition }

    /// Every Markdown document shown on a page, with that page's address (also what
    /// `PageDependencies` resolves the documents' links and images against).
    static func documents(of content: SiteContent) -> [(document: ContentDocument, url: String)] {
        var result: [(ContentDocument, String)] = []
        if let home = content.home { result.append((home, SiteRoutes.home)) }
        if let plan = content.plan {
            result.append((plan.document, SiteRoutes.plan))
            result += plan.sections.map { ($0.document, SiteRoutes.section($0)) }
            result += plan.priorities.map { ($0.document, SiteRoutes.priority($0)) }
        }
        result += content.pastPlans.map { ($0.document, SiteRoutes.pastPlan($0)) }
        result += content.reviews.map { ($0.document, SiteRoutes.review($0)) }
        if let board = content.board?.document { result.append((board, SiteRoutes.board)) }
        if let offer = content.offer {
            if let document = offer.document { result.append((document, SiteRoutes.offer)) }
            result += offer.services.map { ($0.document, SiteRoutes.service($0)) }
        }
        result += content.pages.map { ($0.document, $0.url) }
        return result
    }

    /// The plan's documents: overview, sections and priorities.
    var planDocuments: [ContentDocument] {
        guard let plan = content.plan else { return [] }
        return [plan.document] + plan.sections.map(\.document) + plan.priorities.map(\.document)
    }
}
