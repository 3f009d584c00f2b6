/// A theme that groups the plan's priorities, such as Safeguarding or Narrowing the gap:
/// `content/plan/themes/<slug>.md`.
public struct PlanTheme: Sendable {
    public var slug: String
    public var order: Int
    public var title: String
    public var document: ContentDocument
}
