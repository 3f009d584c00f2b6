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

    /// `destination` as a link within the site: itself when it is one, the path when it is an
    /// absolute address on the site's own `base_url` (`https://children.example/plan/#vision`
    /// → `/plan/#vision`), nil when it leads to another site.
    static func siteLink(_ destination: String, baseURL: String) -> String? {
        if isInternal(destination) { return destination }
        guard let own = withoutScheme(baseURL), let target = withoutScheme(destination) else { return nil }
        // The host is compared without regard to case; the path as written.
        let host = own.prefix { $0 != "/" }
        guard target.lowercased().hasPrefix(host.lowercased()) else { return nil }
        let ownPath = own.dropFirst(host.count)
        let targetPath = target.dropFirst(host.count)
        guard targetPath.isEmpty || "/?#".contains(targetPath.first ?? "/") else { return nil }
        let path = targetPath.first == "/" ? String(targetPath) : "/" + targetPath
        // A base_url with a folder (`https://example.gov.uk/children/`) publishes the site there.
        let folder = ownPath.hasSuffix("/") ? String(ownPath.dropLast()) : String(ownPath)
        guard folder.isEmpty || path.hasPrefix(folder + "/") || path == folder else { return nil }
        let inside = String(path.dropFirst(folder.count))
        return inside.isEmpty ? "/" : inside
    }

    /// `https://host/path` → `host/path`: http and https lead to the same site.
    private static func withoutScheme(_ url: String) -> Substring? {
        for scheme in ["https://", "http://"] where url.lowercased().hasPrefix(scheme) {
            return url.dropFirst(scheme.count)
        }
        return nil
    }

    /// One finding for a link every page should carry and some do not: the pages are counted and
    /// a few named, since a template that leaves the link out leaves it out of every page.
    static func groupedMissingLinks(pages: [String], to what: String, at location: SourceLocation, hint: String)
        -> [Finding]
    {
        guard let first = pages.first else { return [] }
        let message =
            pages.count == 1
            ? "the page \(first) does not link to \(what)."
            : "\(pages.count) pages do not link to \(what): \(examples(pages))."
        return [Finding(location, message, hint: hint)]
    }

    /// "/, /board/, /plan/ and 64 more".
    static func examples(_ pages: [String], shown: Int = 3) -> String {
        let named = pages.prefix(shown).joined(separator: ", ")
        return pages.count > shown ? "\(named) and \(pages.count - shown) more" : named
    }
}
