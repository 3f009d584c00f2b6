/// Questions about the links on published pages.
enum PageLinks {
    /// Published pages (but the 404 page) whose HTML has no link to `url`.
    static func pagesMissingLink(to url: String, in site: CheckedSite) -> [String] {
        let absolute = site.config.baseURLWithoutSlash + url
        return site.pages.keys.sorted().filter { page in
            guard page != SiteRoutes.notFound, let html = site.pages[page] else { return false }
            return !html.contains("href=\"\(url)\"") && !html.contains("href=\"\(absolute)\"")
        }
    }

    /// Whether `destination` is a link within the site (a path or a fragment), not another site.
    static func isInternal(_ destination: String) -> Bool {
        if destination.hasPrefix("#") || destination.hasPrefix("/") && !destination.hasPrefix("//") { return true }
        if destination.contains(":") { return false }
        return !destination.isEmpty
    }
}
