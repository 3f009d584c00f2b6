/// Every page the site has, by what it shows. Plain values, so the list can be shared across
/// the threads that render pages.
enum PageIdentity: Sendable, Hashable {
    case home
    case plan
    case planWhole
    case pastPlan(Int)
    /// A priority of a past plan kept as a folder: the past plan's index, then the priority's.
    case pastPriority(Int, Int)
    /// An indicator of a past plan kept as a folder: indices into `pastPlans` and its `Plan.indicators`.
    case pastIndicator(Int, Int)
    case archive
    case planSection(Int)
    case priority(Int)
    case theme(Int)
    /// An index into `Plan.indicators`.
    case indicator(Int)
    case outcomes
    case outcome(String)
    case reviews
    case review(Int)
    case board
    case offer
    case service(Int)
    case page(Int)
    case accessibility
    case aboutThisInformation
    case openData
    case search
    case glossary
    case notFound
}

/// A page to publish: what it shows, its address, and the file it comes from (for messages).
struct PlannedPage: Sendable {
    var identity: PageIdentity
    var url: String
    var source: SourceLocation
}
