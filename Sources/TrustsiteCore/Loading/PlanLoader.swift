/// Reads the plan: `content/plan/index.md`, its sections and its priorities.
struct PlanLoader {
    static let folder = "content/plan"
    let context: LoadContext

    func load() -> Plan? {
        let index = Self.folder + "/index.md"
        guard context.exists(index) else { return nil }
        let loader = DocumentLoader(context: context)
        guard let loaded = loader.load(index, expected: "the plan's overview.") else { return nil }
        let map = loaded.frontMatter
        defer { map.reportUnknownKeys() }
        let title = loaded.document.title ?? "Children and Young People's Plan"
        return Plan(
            document: loaded.document,
            title: title,
            period: period(map.mapping("period"), owner: "plan"),
            periodLocation: map.value("period")?.location,
            signOff: signOff(map.mapping("sign_off")),
            published: map.day("published"),
            reviewBy: map.day("review_by"),
            sections: sections(),
            priorities: priorities()
        )
    }

    /// `period: { start: 2025-04-01, end: 2028-03-31 }`.
    func period(_ map: YAMLMapping?, owner: String) -> Period? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        let start = map.requiredDay("start", example: "  start: 2025-04-01", why: "Say when the \(owner) starts.")
        let end = map.requiredDay("end", example: "  end: 2028-03-31", why: "Say when the \(owner) ends.")
        guard let start, let end else { return nil }
        return Period(start: start, end: end)
    }

    private func signOff(_ map: YAMLMapping?) -> Plan.SignOff? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        guard
            let date = map.requiredDay(
                "date", example: "  date: 2025-03-19", why: "Record the date the Board signed the plan off.")
        else { return nil }
        return Plan.SignOff(
            date: date, meeting: map.string("meeting"), minute: map.string("minute"), location: map.location,
            fields: map.fieldLocations)
    }

    /// Plans the current one replaced: `content/plan/past/*.md`, oldest first.
    func pastPlans() -> [PastPlan] {
        let loader = DocumentLoader(context: context)
        let plans: [PastPlan] = context.markdownFiles(in: Self.folder + "/past").compactMap { path in
            guard let loaded = loader.load(path, expected: "a past plan.") else { return nil }
            let map = loaded.frontMatter
            defer { map.reportUnknownKeys() }
            guard let title = loaded.document.title else {
                map.missing(
                    "title", example: "title: Children and Young People's Plan 2022 to 2025",
                    why: "Every plan has a title.")
                return nil
            }
            return PastPlan(
                slug: path.fileStem, title: title, period: period(map.mapping("period"), owner: "plan"),
                published: map.day("published"), document: loaded.document)
        }
        return plans.sorted { ($0.period?.start.iso ?? "", $0.slug) < ($1.period?.start.iso ?? "", $1.slug) }
    }

    private func sections() -> [PlanSection] {
        let loader = DocumentLoader(context: context)
        let sections: [PlanSection] = context.markdownFiles(in: Self.folder + "/sections").compactMap { path in
            guard let loaded = loader.load(path, expected: "a plan section.") else { return nil }
            defer { loaded.frontMatter.reportUnknownKeys() }
            let title = loaded.document.title ?? requireTitle(path, map: loaded.frontMatter)
            return PlanSection(
                slug: path.fileStem, order: loaded.frontMatter.int("order") ?? Int.max, document: loaded.document,
                title: title)
        }
        return sections.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    private func priorities() -> [Priority] {
        let loader = DocumentLoader(context: context)
        let priorities: [Priority] = context.markdownFiles(in: Self.folder + "/priorities").compactMap { path in
            guard let loaded = loader.load(path, expected: "a priority of the plan.") else { return nil }
            return PriorityReader(context: context).read(loaded, path: path)
        }
        return priorities.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    private func requireTitle(_ path: String, map: YAMLMapping) -> String {
        map.missing("title", example: "title: Our vision", why: "Every page needs a title.")
        return path.fileStem
    }
}
