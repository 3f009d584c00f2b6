/// Which source files each page is made from, so a change re-renders only the pages that use it.
/// Every page also depends on `trustsite.yml`, the templates and the site's shape (which pages
/// exist, and the titles in navigation and breadcrumbs): a change to those re-renders everything.
enum PageDependencies {
    /// Stands for "any content file but free pages": pages that summarise the plan, reviews,
    /// Board and offer. (Free pages are listed nowhere but in the footer, which is the site's shape.)
    static let everything = "*"

    /// Whether a change to `path` reaches a page that depends on `everything`. Files in `static/`
    /// are copied as they are and reach no page.
    static func isSummarised(_ path: String) -> Bool {
        !path.hasPrefix(PagesLoader.folder + "/") && !path.hasPrefix(FilesLoader.staticFolder + "/")
    }

    /// Free pages' files by address, for finding a page's parents (made once per build).
    static func pageFiles(_ content: SiteContent) -> [String: String] {
        Dictionary(content.pages.map { ($0.url, $0.document.path) }, uniquingKeysWith: { first, _ in first })
    }

    /// The source paths of the published files each document links to or shows (Markdown links
    /// and images, relative ones resolved against the document's page), by document path: a page
    /// shows an image's size and copies, so a changed image re-renders the pages that show it.
    static func linkedFiles(_ content: SiteContent) -> [String: Set<String>] {
        guard !content.files.isEmpty else { return [:] }
        let files = Dictionary(content.files.map { ($0.url, $0.source) }, uniquingKeysWith: { first, _ in first })
        var linked: [String: Set<String>] = [:]
        for (document, pageURL) in RuleInput.documents(of: content) {
            let destinations = document.rendered.links.map(\.destination) + document.rendered.images.map(\.source)
            for destination in destinations {
                guard let address = PageLinks.siteLink(destination, baseURL: content.config.baseURL) else { continue }
                var path = LinksRule.resolve(address, from: pageURL).0
                if files[path] == nil, path.hasSuffix("/") { path.removeLast() }
                if let source = files[path] { linked[document.path, default: []].insert(source) }
            }
        }
        return linked
    }

    /// The source files of a page: its own (see `ownSources`) and the published files their
    /// documents link to or show (`linkedFiles`). A page that depends on `everything` takes the
    /// files of every document but free pages', which are listed nowhere else.
    static func sources(
        of identity: PageIdentity, in content: SiteContent, pageFiles: [String: String] = [:],
        linkedFiles: [String: Set<String>] = [:]
    ) -> Set<String> {
        var sources = ownSources(of: identity, in: content, pageFiles: pageFiles)
        guard !linkedFiles.isEmpty else { return sources }
        if sources.contains(everything) {
            let freePages = Set(content.pages.map(\.document.path))
            for (document, files) in linkedFiles where !freePages.contains(document) { sources.formUnion(files) }
        }
        for document in sources {
            if let files = linkedFiles[document] { sources.formUnion(files) }
        }
        return sources
    }

    private static func ownSources(
        of identity: PageIdentity, in content: SiteContent, pageFiles: [String: String]
    ) -> Set<String> {
        let planIndex = content.plan.map { [$0.document.path] } ?? []
        let boardFile = content.board.map { [$0.location.file] } ?? []
        switch identity {
        case .home, .outcomes, .outcome, .reviews, .notFound, .aboutThisInformation, .plan, .planWhole, .offer,
            .openData, .search, .archive, .pastPlan, .pastPriority, .glossary, .indicator,
            .pastIndicator:
            return [everything]
        case .planSection(let index):
            return Set(planIndex + [content.plan?.sections[index].document.path].compactMap { $0 })
        case .priority(let index):
            let priority = content.plan?.priorities[index]
            // Its indicators show the latest actual values, which the reports give.
            let reports = priority?.indicators.isEmpty == false ? content.currentReviews.map(\.document.path) : []
            return Set(planIndex + boardFile + reports + [priority?.document.path].compactMap { $0 })
        case .theme(let index):
            // The theme's own file, and its priorities' (their titles, descriptions and leads).
            let priorities = content.plan?.priorities.map(\.document.path) ?? []
            return Set(
                planIndex + boardFile + priorities + [content.plan?.themes[index].document.path].compactMap { $0 })
        case .review(let index):
            let review = content.reviews[index]
            // A review of a past plan kept as a folder shows that plan's actions.
            let plan = content.plan(of: review) ?? content.plan
            let files = plan.map { [$0.document.path] + $0.priorities.map(\.document.path) } ?? []
            return Set(planIndex + boardFile + files + [review.document.path])
        case .board:
            return Set(boardFile + [content.board?.document?.path].compactMap { $0 })
        case .service(let index):
            return Set([content.offer?.services[index].document.path, content.offer?.document?.path].compactMap { $0 })
        case .page(let index):
            // Breadcrumbs name parent pages, so their files count too: look each ancestor up.
            let page = content.pages[index]
            var sources: Set<String> = [page.document.path]
            var path = ""
            for part in page.url.split(separator: "/").dropLast() {
                path += "/\(part)"
                if let file = pageFiles[path + "/"] { sources.insert(file) }
            }
            return sources
        case .accessibility:
            return []
        }
    }

    /// What pages show of other pages: the pages there are, every title (navigation, breadcrumbs,
    /// footers and the links between documents: a past report names the latest one, a report
    /// names its past plan) and the newest date in the content (the "last updated" of pages that
    /// have none of their own). When this changes, every page is rendered again; titles and that
    /// date change rarely, so the cost is small and no page can keep a stale title.
    static func shape(of pages: [PlannedPage], content: SiteContent) -> String {
        var parts = pages.map(\.url)
        if let plan = content.plan {
            parts.append(plan.title)
            parts += plan.sections.map(\.title)
            parts += plan.priorities.map(\.title)
            parts += plan.themes.map(\.title)
        }
        parts += content.pastPlans.map(\.title)
        parts += content.reviews.map(\.title)
        parts.append(content.home?.title ?? "")
        parts.append(content.board?.document?.title ?? "")
        parts.append(content.offer?.document?.title ?? "")
        parts += content.offer?.services.map(\.name) ?? []
        parts += content.pages.map(\.title)
        parts.append(ContextBuilder(content: content).newestDate?.iso ?? "")
        // Every page's head links the favicons and its header draws the logo at its size.
        parts.append(SiteLook.shape(content))
        return parts.joined(separator: "\n")
    }
}
