import Foundation
import TrustsiteMarkdown

/// Turns the loaded site into the dictionaries the templates read (docs/templates.md).
/// One extension per page family; each returns a `PageModel`.
struct ContextBuilder: Sendable {
    let content: SiteContent
    /// Free pages' titles by address, for breadcrumbs.
    let pageTitles: [String: String]

    init(content: SiteContent) {
        self.content = content
        pageTitles = Dictionary(content.pages.map { ($0.url, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    func model(for identity: PageIdentity) -> PageModel {
        switch identity {
        case .home: homeModel()
        case .plan: planModel()
        case .planWhole: wholePlanModel()
        case .pastPlan(let index): pastPlanModel(index)
        case .pastPriority(let index, let priority): pastPriorityModel(index, priority)
        case .pastIndicator(let index, let indicator): pastIndicatorModel(index, indicator)
        case .archive: archiveModel()
        case .planSection(let index): sectionModel(index)
        case .priority(let index): priorityModel(index)
        case .theme(let index): themeModel(index)
        case .indicator(let index): indicatorModel(index)
        case .outcomes: outcomesModel()
        case .outcome(let id): outcomeModel(id)
        case .reviews: reviewsModel()
        case .review(let index): reviewModel(index)
        case .board: boardModel()
        case .offer: offerModel()
        case .service(let index): serviceModel(index)
        case .page(let index): freePageModel(index)
        case .accessibility: accessibilityModel()
        case .aboutThisInformation: aboutThisInformationModel()
        case .openData: openDataModel()
        case .search: searchModel()
        case .glossary: glossaryModel()
        case .notFound: notFoundModel()
        }
    }

    // MARK: Shared pieces

    var homeCrumb: (title: String, url: String) { ("Home", SiteRoutes.home) }
    var planCrumb: (title: String, url: String) { (content.plan?.title ?? "The plan", SiteRoutes.plan) }

    /// The newest date anywhere in the content: the last resort for "last updated".
    var newestDate: Day? {
        var days: [Day?] = [content.config.updated, content.plan?.document.updated, content.plan?.published]
        days += content.reviews.flatMap { [$0.document.updated, $0.published] }
        days += [content.board?.updated, content.offer?.document?.updated]
        days += content.offer?.services.map(\.lastChecked) ?? []
        return days.compactMap { $0 }.max()
    }

    func outcomeLinks(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap(Outcome.named).map { ["id": $0.id, "title": $0.title, "url": SiteRoutes.outcome($0.id)] }
    }

    func partnerName(_ id: String) -> String {
        content.board?.partner(id)?.name ?? id
    }

    /// A one-line description: the author's, else the start of the text.
    func summary(of document: ContentDocument?, fallback: String? = nil) -> String? {
        if let description = document?.description { return description }
        let text = document?.rendered.plainText.split(separator: "\n").first { !$0.isEmpty }.map(String.init)
        guard let text, !text.isEmpty else { return fallback }
        return text.count <= 160 ? text : String(text.prefix(157)).trimmedWhitespace + "…"
    }
}
