/// Reads one priority's front matter and its actions.
struct PriorityReader {
    let context: LoadContext

    func read(_ loaded: DocumentLoader.Loaded, path: String) -> Priority {
        let map = loaded.frontMatter
        defer { map.reportUnknownKeys() }
        let id = map.requiredString(
            "id", example: "id: P1", why: "Actions and reviews refer to the priority by its id.")
        let title =
            loaded.document.title
            ?? {
                map.missing(
                    "title", example: "title: Good mental health for every child", why: "Every priority needs a title.")
                return path.fileStem
            }()
        let outcomes = map.texts("outcomes", rule: "PLAN-OUTCOMES") ?? []
        let priorityID = id ?? path.fileStem
        let items = map.list("actions", rule: "PLAN-ACTIONS") ?? []
        let actions = items.compactMap { action($0, priorityID: priorityID) }
        // An action left out has been reported: the priority is not then said to have none.
        if actions.count < items.count { map.markReported("actions") }
        let indicators = IndicatorReader(priorityID: priorityID).read(in: map)
        var priority = Priority(
            id: priorityID, slug: path.fileStem, order: map.int("order") ?? Int.max, title: title,
            document: loaded.document, outcomeIDs: outcomes.map(\.text), outcomeLocations: outcomes.map(\.location),
            resources: map.string("resources", rule: "PLAN-RESOURCES"), actions: actions,
            location: map.location, indicators: indicators)
        priority.themeSlug = map.string("theme")
        priority.leadPartnerID = map.string("lead")
        priority.leadOfficer = map.string("lead_officer").map(LeadOfficer.init(written:))
        // After every key is read: the front matter's places note the keys reported.
        priority.document = loaded.finishedDocument
        return priority
    }

    /// `milestones:`: each with `what:` (required), `by:` in an action's date forms, and `done:`;
    /// one that cannot be read is left out and `milestones` noted as reported.
    private func milestones(in map: YAMLMapping) -> [Milestone] {
        let items = map.list("milestones", rule: "PLAN-ACTIONS") ?? []
        let milestones = items.compactMap { item -> Milestone? in
            guard let milestone = item.mapping() else { return nil }
            defer { milestone.reportUnknownKeys() }
            let what = milestone.requiredString(
                "what", example: "      - what: Pilot in two schools", why: "Say what the milestone is.")
            let by = milestone.dueDate("by")
            let done = done(in: milestone)
            return what.map {
                Milestone(what: $0, by: by, done: done.done, location: milestone.location, doneOn: done.on)
            }
        }
        if milestones.count < items.count { map.markReported("milestones") }
        return milestones
    }

    /// A milestone's `done:`: true or false, or the day it was done (a value starting with a digit
    /// is read as a date, so `done: 2026-13-01` is reported as a date that cannot be read).
    private func done(in milestone: YAMLMapping) -> (done: Bool, on: Day?) {
        if let value = milestone.value("done"), case .scalar(let scalar) = value.node,
            scalar.string.first?.isNumber == true
        {
            let day = milestone.day("done")
            return (day != nil, day)
        }
        return (milestone.bool("done") ?? false, nil)
    }

    /// `lead: partner-id`, or joint leads `lead: [a, b]`, each with where it is written.
    private func leads(in map: YAMLMapping) -> [(text: String, location: SourceLocation)] {
        guard let value = map.value("lead") else { return [] }
        if case .sequence = value.node { return map.texts("lead") ?? [] }
        return map.string("lead").map { [($0, map.location(of: "lead"))] } ?? []
    }

    private func action(_ value: YAMLValue, priorityID: String) -> Action? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        // Every key is read before the action may be left out: none of them is then "unknown".
        let id = map.requiredString(
            "id", example: "  - id: A1.1", why: "Each action needs an id so the annual review can report on it.")
        let what = map.string("what")
        let leads = leads(in: map)
        let leadOfficer = map.string("lead_officer").map(LeadOfficer.init(written:))
        let support = map.texts("support") ?? []
        let resources = map.string("resources", rule: "PLAN-RESOURCES")
        let due = map.dueDate("by")
        let start = map.dueDate("start")
        let reviewBy = map.day("review_by")
        let milestones = milestones(in: map)
        let measure = map.string("measure")
        let baseline = map.string("baseline")
        let target = map.string("target")
        let changes = map.actionChanges()
        guard let id else { return nil }
        return Action(
            id: id,
            priorityID: priorityID,
            what: what ?? "",
            leadPartnerIDs: leads.map(\.text),
            leadLocations: leads.map(\.location),
            leadOfficer: leadOfficer,
            supportingPartnerIDs: support.map(\.text),
            supportLocations: support.map(\.location),
            resources: resources,
            due: due,
            start: start,
            reviewBy: reviewBy,
            milestones: milestones,
            measure: measure,
            baseline: baseline,
            target: target,
            changes: changes,
            location: map.location,
            // Last: the places note every key reported while the values above were read.
            places: map.places
        )
    }
}
