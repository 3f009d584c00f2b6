/// The site's icons for browser tabs and bookmarks: `static/favicon.ico`, `static/favicon.svg` and
/// `static/favicon.png`, each linked from every page's head when the site has it.
enum Favicons {
    /// One `<link rel="icon">`: the address, its media type and, for the ICO, its size.
    struct Icon: Sendable, Equatable {
        let url: String
        let type: String
        let sizes: String?
    }

    /// The icons the browser may choose from, in the order they are linked: the ICO first with its
    /// `sizes`, so that browsers which read SVG prefer the SVG (the usual pattern), then the PNG.
    static let known: [(url: String, type: String, sizes: String?)] = [
        ("/favicon.ico", "image/x-icon", "32x32"),
        ("/favicon.svg", "image/svg+xml", nil),
        ("/favicon.png", "image/png", nil),
    ]

    /// The icons among the site's published files.
    static func icons(in files: [PublishedFile]) -> [Icon] {
        let statics = Set(files.filter(\.isStatic).map(\.url))
        return known.filter { statics.contains($0.url) }.map { Icon(url: $0.url, type: $0.type, sizes: $0.sizes) }
    }
}
