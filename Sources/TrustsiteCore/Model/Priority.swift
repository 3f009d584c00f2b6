/// A priority of the plan with its actions: `content/plan/priorities/<slug>.md`.
public struct Priority: Sendable {
    public var id: String
    public var slug: String
    public var order: Int
    public var title: String
    public var document: ContentDocument
    public var outcomeIDs: [String]
    /// Where each of `outcomeIDs` is written.
    public var outcomeLocations: [SourceLocation]
    public var resources: String?
    public var actions: [Action]
    public var location: SourceLocation
    /// The measures it tracks with yearly targets (`indicators:`), in the order written.
    public var indicators: [Indicator] = []
    /// The theme it is grouped under, by the theme's file name (`theme:`).
    public var themeSlug: String? = nil
    /// The Board partner that leads it (`lead:`).
    public var leadPartnerID: String? = nil
    /// The officer who leads it (`lead_officer:`).
    public var leadOfficer: LeadOfficer? = nil

    /// Where the front matter's keys are written. `actions` is reported when an action could not
    /// be loaded (and so is left out).
    public var places: SourcePlaces { document.places }
}

/// What a partner will do, by when, and how progress is measured.
public struct Action: Sendable {
    public var id: String
    public var priorityID: String
    public var what: String
    /// The partners that lead it: one, or several leading jointly (`lead: [a, b]`).
    public var leadPartnerIDs: [String]
    /// Where each of `leadPartnerIDs` is written.
    public var leadLocations: [SourceLocation]
    /// The officer who leads it (`lead_officer:`).
    public var leadOfficer: LeadOfficer?
    public var supportingPartnerIDs: [String]
    /// Where each of `supportingPartnerIDs` is written.
    public var supportLocations: [SourceLocation]
    public var resources: String?
    /// When it is due, as written (`by:`).
    public var due: DueDate?
    /// When it starts, as written (`start:`).
    public var start: DueDate?
    /// When an ongoing action is next reviewed (`review_by:`).
    public var reviewBy: Day?
    /// Its steps, in the order written (`milestones:`).
    public var milestones: [Milestone] = []
    public var measure: String?
    public var baseline: String?
    public var target: String?
    /// When it joined or left a refreshed plan (`added:`, `retired:`, `replaces:`).
    public var changes = ActionChanges()
    public var location: SourceLocation
    /// Where the action's keys are written.
    public var places: SourcePlaces

    /// The day everything that compares dates uses: the day it falls due, or, when it is ongoing,
    /// the day it is next reviewed.
    public var by: Day? { due?.day ?? reviewBy }
}
