/// Questions about the links on published pages.
enum PageLinks {
    /// Published pages (but the 404 page) whose HTML has no link to `url`.
    static func pagesMissingLink(to url: String, in site: RuleInput) -> [String] {
        site.pages.keys.sorted().filter { page in
            guard page != SiteRoutes.notFound, let facts = site.pages[page] else { return false }
            return !facts.links(to: url)
        }
    }

    /// Whether `destination` is a link within the site (a path or a fragment), not another site.
    static func isInternal(_ destination: String) -> Bool {
        if destination.hasPrefix("#") || destination.hasPrefix("/") && !destination.hasPrefix("//") { return true }
        if destination.contains(":") { return false }
        return !destination.isEmpty
    }
}
