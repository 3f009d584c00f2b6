/// Reads one priority's front matter and its actions.
struct PriorityReader {
    let context: LoadContext

    func read(_ loaded: DocumentLoader.Loaded, path: String) -> Priority? {
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
        let outcomes = map.strings("outcomes") ?? []
        let priorityID = id ?? path.fileStem
        let actions = (map.list("actions") ?? []).compactMap { action($0, priorityID: priorityID) }
        return Priority(
            id: priorityID, slug: path.fileStem, order: map.int("order") ?? Int.max, title: title,
            document: loaded.document, outcomeIDs: outcomes,
            outcomesLocation: map.value("outcomes")?.location ?? map.location,
            resources: map.string("resources"), actions: actions,
            location: SourceLocation(file: path, line: 1, column: 1), fields: map.fieldLocations)
    }

    private func action(_ value: YAMLValue, priorityID: String) -> Action? {
        guard let map = value.mapping() else { return nil }
        defer { map.reportUnknownKeys() }
        guard
            let id = map.requiredString(
                "id", example: "  - id: A1.1", why: "Each action needs an id so the annual review can report on it.")
        else { return nil }
        let lead = map.string("lead")
        return Action(
            id: id,
            priorityID: priorityID,
            what: map.string("what") ?? "",
            leadPartnerID: lead ?? "",
            leadLocation: map.value("lead")?.location ?? map.location,
            supportingPartnerIDs: map.strings("support") ?? [],
            resources: map.string("resources"),
            by: map.day("by"),
            measure: map.string("measure"),
            baseline: map.string("baseline"),
            target: map.string("target"),
            location: value.location,
            fields: map.fieldLocations
        )
    }
}
