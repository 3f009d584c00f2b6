/// What the checks need to know about a rendered page: the ids it has and the site links on it.
/// Gathered once, when the page is rendered, so checks never hold or rescan the whole site's HTML.
public struct PageFacts: Sendable, Hashable {
    public var ids: Set<String>
    /// Every `href` on the page, in page order.
    public var links: [String]

    public init(ids: Set<String>, links: [String]) {
        self.ids = ids
        self.links = links
    }

    public init(html: String) {
        ids = RenderedHTMLScanner.ids(in: html)
        links = RenderedHTMLScanner.hrefs(in: html)
    }

    /// Links within the site: those that start with `/`.
    public var internalLinks: [String] { links.filter { $0.hasPrefix("/") && !$0.hasPrefix("//") } }

    public func links(to url: String) -> Bool {
        links.contains { $0 == url || $0.hasPrefix(url + "#") }
    }
}
