/// Reads a plan: `index.md`, its sections and its priorities, in `content/plan/` (the current
/// plan) or in a past plan's folder, `content/plan/past/<slug>/`, which is laid out the same way.
struct PlanLoader {
    static let folder = "content/plan"
    let context: LoadContext
    /// The plan's folder, relative to the site.
    var folder = PlanLoader.folder

    func load() -> Plan? {
        let index = folder + "/index.md"
        guard context.exists(index) else { return nil }
        let loaded = DocumentLoader(context: context).load(index, expected: "the plan's overview.")
        let map = loaded.frontMatter
        defer { map.reportUnknownKeys() }
        let title = loaded.document.title ?? "Children and Young People's Plan"
        var plan = Plan(
            document: loaded.document,
            title: title,
            period: period(in: map, owner: "plan", rule: "PLAN-PERIOD"),
            signOffs: signOffs(in: map),
            published: map.day("published", rule: "PLAN-PUBLISHED-DATE"),
            reviewBy: map.day("review_by", rule: "SITE-STALE"),
            sections: sections(),
            priorities: priorities(),
            refreshes: refreshes(in: map)
        )
        plan.themes = themes()
        RefreshValidator(log: context.log).validate(plan)
        // After every key is read: the front matter's places note the keys reported.
        plan.document = loaded.finishedDocument
        return plan
    }

    /// `period: { start: 2025-04-01, end: 2028-03-31 }` in `front`; a period written but not
    /// read in full is noted as reported.
    func period(in front: YAMLMapping, owner: String, rule: String?) -> Period? {
        guard let map = front.mapping("period", rule: rule) else { return nil }
        defer { map.reportUnknownKeys() }
        let start = map.requiredDay("start", example: "  start: 2025-04-01", why: "Say when the \(owner) starts.")
        let end = map.requiredDay("end", example: "  end: 2028-03-31", why: "Say when the \(owner) ends.")
        guard let start, let end else {
            front.markReported("period")
            return nil
        }
        return Period(start: start, end: end)
    }

    /// `sign_off:` as one mapping or a list of them (the Cabinet's, then full Council's); one that
    /// cannot be read is left out and `sign_off` noted as reported.
    private func signOffs(in front: YAMLMapping) -> [Plan.SignOff] {
        guard let value = front.value("sign_off") else { return [] }
        let maps: [YAMLMapping]
        if case .sequence = value.node {
            let items = front.list("sign_off", rule: "PLAN-SIGN-OFF") ?? []
            maps = items.compactMap { $0.mapping() }
            if maps.count < items.count { front.markReported("sign_off") }
        } else {
            maps = front.mapping("sign_off", rule: "PLAN-SIGN-OFF").map { [$0] } ?? []
        }
        return maps.compactMap { map in
            defer { map.reportUnknownKeys() }
            let body = map.string("by")
            let date = map.requiredDay(
                "date", example: "  date: 2025-03-19", why: "Record the date the plan was signed off.")
            let meeting = map.string("meeting")
            let minute = map.string("minute")
            guard let date else {
                front.markReported("sign_off")
                return nil
            }
            return Plan.SignOff(
                body: body, date: date, meeting: meeting, minute: minute, location: map.location, places: map.places)
        }
    }

    /// `refreshes:`: each with `year:` (required), `date:`, `meeting:`, `minute:` and `summary:`; one
    /// that cannot be read is left out and `refreshes` noted as reported.
    private func refreshes(in front: YAMLMapping) -> [PlanRefresh] {
        let items = front.list("refreshes") ?? []
        let refreshes = items.compactMap { item -> PlanRefresh? in
            guard let map = item.mapping() else { return nil }
            defer { map.reportUnknownKeys() }
            let year = map.planYear("year")
            if map.value("year") == nil {
                map.missing(
                    "year", example: "  - year: 2026/27",
                    why: "Say from which year the refreshed plan applies.")
            }
            let date = map.day("date")
            let meeting = map.string("meeting")
            let minute = map.string("minute")
            let summary = map.string("summary")
            return year.map {
                PlanRefresh(
                    year: $0, date: date, meeting: meeting, minute: minute, summary: summary, location: map.location)
            }
        }
        if refreshes.count < items.count { front.markReported("refreshes") }
        return refreshes
    }

    /// Plans the current one replaced, oldest first: `content/plan/past/<slug>.md` (a document)
    /// and `content/plan/past/<slug>/index.md` (a plan kept as data, read as the current one is).
    func pastPlans() -> [PastPlan] {
        let loader = DocumentLoader(context: context)
        let pastFolder = Self.folder + "/past"
        let folders: [PastPlan] = context.markdownFiles(in: pastFolder, recursive: true).compactMap { path in
            let parts = path.dropFirst(pastFolder.count + 1).split(separator: "/")
            guard parts.count == 2, parts[1] == "index.md" else { return nil }
            let slug = String(parts[0])
            guard let plan = PlanLoader(context: context, folder: pastFolder + "/" + slug).load() else { return nil }
            return PastPlan(
                slug: slug, title: plan.title, period: plan.period, published: plan.published,
                document: plan.document, plan: plan)
        }
        let files: [PastPlan] = context.markdownFiles(in: pastFolder).map { path in
            let loaded = loader.load(path, expected: "a past plan.")
            let map = loaded.frontMatter
            defer { map.reportUnknownKeys() }
            // A past plan without a title keeps its place (its reviews still name it): the file name stands in.
            let title =
                loaded.document.title
                ?? {
                    map.missing(
                        "title", example: "title: Children and Young People's Plan 2022 to 2025",
                        why: "Every plan has a title.")
                    return path.fileStem
                }()
            return PastPlan(
                slug: path.fileStem, title: title, period: period(in: map, owner: "plan", rule: nil),
                published: map.day("published"),
                // Last: the front matter's places note every key reported while the values above were read.
                document: loaded.finishedDocument)
        }
        return (files + folders).sorted {
            ($0.period?.start.iso ?? "", $0.slug) < ($1.period?.start.iso ?? "", $1.slug)
        }
    }

    private func sections() -> [PlanSection] {
        let loader = DocumentLoader(context: context)
        let sections: [PlanSection] = context.markdownFiles(in: folder + "/sections").map { path in
            let loaded = loader.load(path, expected: "a plan section.")
            defer { loaded.frontMatter.reportUnknownKeys() }
            let title = loaded.document.title ?? requireTitle(path, map: loaded.frontMatter)
            let order = loaded.frontMatter.int("order") ?? Int.max
            return PlanSection(slug: path.fileStem, order: order, document: loaded.finishedDocument, title: title)
        }
        return sections.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    private func priorities() -> [Priority] {
        let loader = DocumentLoader(context: context)
        let priorities: [Priority] = context.markdownFiles(in: folder + "/priorities").map { path in
            PriorityReader(context: context).read(loader.load(path, expected: "a priority of the plan."), path: path)
        }
        return priorities.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    private func requireTitle(_ path: String, map: YAMLMapping) -> String {
        map.missing("title", example: "title: Our vision", why: "Every page needs a title.")
        return path.fileStem
    }
}
