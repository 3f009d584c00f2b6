/// The Children and Young People's Plan: `content/plan/`.
public struct Plan: Sendable {
    /// One body's agreement to the plan: the Children's Trust Board's, or another's such as the
    /// council's Cabinet or full Council (`sign_off:`, one or a list).
    public struct SignOff: Sendable {
        /// The body that agreed it, as written (`by:`); nil for the Children's Trust Board.
        public var body: String?
        public var date: Day
        public var meeting: String?
        public var minute: String?
        public var location: SourceLocation
        /// Where `sign_off:` and its keys are written.
        public var places: SourcePlaces

        /// Whether the Children's Trust Board agreed it: `by:` left out, or naming the Board.
        public var isByBoard: Bool {
            guard let body else { return true }
            let key = StatusWords.key(body.filter { $0 != "'" && $0 != "\u{2019}" })
            return ["board", "the-board", "childrens-trust-board", "the-childrens-trust-board"].contains(key)
        }
    }

    public var document: ContentDocument
    public var title: String
    public var period: Period?
    /// Every sign-off, in the order written (the Cabinet's, then full Council's).
    public var signOffs: [SignOff]
    public var published: Day?
    public var reviewBy: Day?
    public var sections: [PlanSection]
    public var priorities: [Priority]
    /// The themes grouping the priorities (`content/plan/themes/`); empty when the plan has none.
    public var themes: [PlanTheme] = []
    /// The refreshes of the plan, in the order written (`refreshes:`).
    public var refreshes: [PlanRefresh] = []

    /// Where the overview's front matter keys are written (`period`, `sign_off`, `published`...).
    public var places: SourcePlaces { document.places }

    public var actions: [Action] { priorities.flatMap(\.actions) }

    /// Every priority's indicators, in priority order.
    public var indicators: [Indicator] { priorities.flatMap(\.indicators) }

    /// The priorities under the theme `slug`, in the plan's order.
    public func priorities(inTheme slug: String) -> [Priority] { priorities.filter { $0.themeSlug == slug } }

    /// The priorities whose `theme:` names none of the plan's themes (or is left out).
    public var prioritiesWithoutTheme: [Priority] {
        let slugs = Set(themes.map(\.slug))
        return priorities.filter { $0.themeSlug.map { !slugs.contains($0) } ?? true }
    }

    /// The plan as refreshed for a report on `period`: only the actions that are part of it then
    /// (added by the period's end, not retired by its start). Without a period, the whole plan.
    public func refreshed(for period: Period?) -> Plan {
        guard let period, actions.contains(where: { !$0.changes.isEmpty }) else { return self }
        var plan = self
        for index in plan.priorities.indices {
            plan.priorities[index].actions.removeAll { !$0.changes.isInPlan(during: period) }
        }
        return plan
    }

    /// The plan's folder: `content/plan`, or a past plan's `content/plan/past/<slug>`.
    public var folder: String {
        document.path.hasSuffix("/index.md") ? String(document.path.dropLast("/index.md".count)) : document.path
    }

    /// The first sign-off written.
    public var signOff: SignOff? { signOffs.first }
}

/// A plan that has been replaced, kept at its address: as a document (`content/plan/past/<slug>.md`),
/// or as data (`content/plan/past/<slug>/index.md` with `priorities/` and `sections/`).
public struct PastPlan: Sendable {
    public var slug: String
    public var title: String
    public var period: Period?
    public var published: Day?
    public var document: ContentDocument
    /// The plan itself, with its priorities and actions, when it is kept as a folder; nil for a document.
    public var plan: Plan? = nil
}

/// A chapter of the plan, such as the needs analysis: `content/plan/sections/<slug>.md`.
public struct PlanSection: Sendable {
    public var slug: String
    public var order: Int
    public var document: ContentDocument
    public var title: String
}
