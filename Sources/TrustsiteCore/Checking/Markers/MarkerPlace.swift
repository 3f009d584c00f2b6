/// Where a document sits in the site, which decides whether its headings' words may stand for a
/// section: a priority titled "Keeping children safe from harm" is not the plan's chapter on
/// safeguarding arrangements, but a priority on poverty is the plan's answer on child poverty.
public enum MarkerPlace: String, Sendable, CaseIterable, Comparable {
    /// `content/plan/index.md`.
    case plan
    /// `content/plan/sections/*.md`.
    case planSection
    /// `content/plan/priorities/*.md`.
    case priority
    /// `content/reviews/*.md`.
    case review
    /// `content/offer/index.md`.
    case offer
    /// Any other page: its headings never stand for a required section.
    case other

    /// How the README names it.
    public var label: String {
        switch self {
        case .plan: "plan overview"
        case .planSection: "plan sections"
        case .priority: "priorities"
        case .review: "annual reviews"
        case .offer: "local offer page"
        case .other: "other pages"
        }
    }

    public static func < (lhs: MarkerPlace, rhs: MarkerPlace) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A document a rule looks in for a marker, with where it sits.
public struct PlacedDocument: Sendable {
    public var document: ContentDocument
    public var place: MarkerPlace
    /// Where the words of its headings are kept between rules, if anywhere.
    let headings: MarkerHeadings?

    public init(_ document: ContentDocument, _ place: MarkerPlace) {
        self.init(document, place, headings: nil)
    }

    init(_ document: ContentDocument, _ place: MarkerPlace, headings: MarkerHeadings?) {
        self.document = document
        self.place = place
        self.headings = headings
    }

    /// The words of the document's title (if it has one), then of each of its headings.
    var headingWords: [HeadingWords] {
        headings?.words(of: document) ?? MarkerHeadings.read(document)
    }
}

extension RuleInput {
    /// `document`, as found at `place`, reading its headings once for every rule.
    func placed(_ document: ContentDocument, _ place: MarkerPlace) -> PlacedDocument {
        PlacedDocument(document, place, headings: markerHeadings)
    }

    /// The plan's documents, where the plan's rules look for its sections: overview, sections and
    /// priorities.
    var placedPlanDocuments: [PlacedDocument] {
        guard let plan = content.plan else { return [] }
        return [placed(plan.document, .plan)] + plan.sections.map { placed($0.document, .planSection) }
            + plan.priorities.map { placed($0.document, .priority) }
    }

    /// Every document of the site with where it sits.
    var placedDocuments: [PlacedDocument] {
        var places: [String: MarkerPlace] = [:]
        for placed in placedPlanDocuments { places[placed.document.path] = placed.place }
        for review in content.reviews { places[review.document.path] = .review }
        if let offer = content.offer?.document { places[offer.path] = .offer }
        return documents.map { placed($0.document, places[$0.document.path] ?? .other) }
    }
}
