/// Lists the pages of a site and refuses two pages at one address.
enum PagePlanner {
    static func pages(for content: SiteContent, log: DiagnosticLog) -> [PlannedPage] {
        let config = SourceLocation(file: ConfigLoader.path)
        var pages = [PlannedPage(identity: .home, url: SiteRoutes.home, source: content.home?.location ?? config)]
        if let plan = content.plan {
            pages.append(PlannedPage(identity: .plan, url: SiteRoutes.plan, source: plan.document.location))
            pages.append(PlannedPage(identity: .planWhole, url: SiteRoutes.planWhole, source: plan.document.location))
            for (index, past) in content.pastPlans.enumerated() {
                pages.append(
                    PlannedPage(
                        identity: .pastPlan(index), url: SiteRoutes.pastPlan(past), source: past.document.location))
                for (priorityIndex, priority) in (past.plan?.priorities ?? []).enumerated() {
                    pages.append(
                        PlannedPage(
                            identity: .pastPriority(index, priorityIndex), url: SiteRoutes.priority(priority, of: past),
                            source: priority.document.location))
                }
                for (indicatorIndex, indicator) in (past.plan?.indicators ?? []).enumerated() {
                    pages.append(
                        PlannedPage(
                            identity: .pastIndicator(index, indicatorIndex),
                            url: SiteRoutes.indicator(indicator, of: past), source: indicator.location))
                }
            }
            for (index, section) in plan.sections.enumerated() {
                pages.append(
                    PlannedPage(
                        identity: .planSection(index), url: SiteRoutes.section(section),
                        source: section.document.location))
            }
            for (index, priority) in plan.priorities.enumerated() {
                pages.append(
                    PlannedPage(
                        identity: .priority(index), url: SiteRoutes.priority(priority),
                        source: priority.document.location))
            }
            for (index, theme) in plan.themes.enumerated() {
                pages.append(
                    PlannedPage(identity: .theme(index), url: SiteRoutes.theme(theme), source: theme.document.location))
            }
            for (index, indicator) in plan.indicators.enumerated() {
                pages.append(
                    PlannedPage(
                        identity: .indicator(index), url: SiteRoutes.indicator(indicator),
                        source: indicator.location))
            }
            pages.append(PlannedPage(identity: .outcomes, url: SiteRoutes.outcomes, source: plan.document.location))
            for outcome in Outcome.all {
                pages.append(
                    PlannedPage(
                        identity: .outcome(outcome.id), url: SiteRoutes.outcome(outcome.id),
                        source: plan.document.location))
            }
        }
        if !content.reviews.isEmpty {
            pages.append(
                PlannedPage(
                    identity: .reviews, url: SiteRoutes.reviews,
                    source: SourceLocation(file: ReviewLoader.folder)))
            for (index, review) in content.reviews.enumerated() {
                pages.append(
                    PlannedPage(
                        identity: .review(index), url: SiteRoutes.review(review),
                        source: review.document.location))
            }
        }
        if let board = content.board {
            pages.append(PlannedPage(identity: .board, url: SiteRoutes.board, source: board.location))
        }
        if let offer = content.offer {
            pages.append(
                PlannedPage(
                    identity: .offer, url: SiteRoutes.offer,
                    source: offer.document?.location ?? SourceLocation(file: OfferLoader.folder)))
            for (index, service) in offer.services.enumerated() {
                pages.append(
                    PlannedPage(
                        identity: .service(index), url: SiteRoutes.service(service),
                        source: service.document.location))
            }
        }
        for (index, page) in content.pages.enumerated() {
            pages.append(PlannedPage(identity: .page(index), url: page.url, source: page.document.location))
        }
        if let statement = content.config.accessibility {
            pages.append(
                PlannedPage(identity: .accessibility, url: SiteRoutes.accessibility, source: statement.location))
        }
        pages.append(PlannedPage(identity: .aboutThisInformation, url: SiteRoutes.aboutThisInformation, source: config))
        pages.append(PlannedPage(identity: .openData, url: SiteRoutes.openData, source: config))
        pages.append(PlannedPage(identity: .search, url: SiteRoutes.search, source: config))
        if content.glossary != nil {
            pages.append(
                PlannedPage(
                    identity: .glossary, url: SiteRoutes.glossary, source: SourceLocation(file: GlossaryLoader.path)))
        }
        if !content.pastPlans.isEmpty || content.reviews.count > 1 {
            pages.append(PlannedPage(identity: .archive, url: SiteRoutes.archive, source: config))
        }
        pages.append(PlannedPage(identity: .notFound, url: SiteRoutes.notFound, source: config))
        return removingCollisions(pages, log: log)
    }

    private static func removingCollisions(_ pages: [PlannedPage], log: DiagnosticLog) -> [PlannedPage] {
        var byURL: [String: PlannedPage] = [:]
        var kept: [PlannedPage] = []
        for page in pages {
            if let first = byURL[page.url] {
                log.error(
                    page.source,
                    "this page would be published at \(page.url), where \(first.source.file) is already published.",
                    hint: "Rename or move one of the two files so each page has its own address.")
                continue
            }
            byURL[page.url] = page
            kept.append(page)
        }
        return kept
    }
}
