import TrustsiteMarkdown

/// A Markdown file of the site: where it is, its front matter's extent, and its rendered body.
public struct ContentDocument: Sendable {
    /// Path relative to the site folder, e.g. `content/plan/index.md`.
    public var path: String
    public var title: String?
    public var description: String?
    public var updated: Day?
    /// Markers this page declares it covers (`covers: [safeguarding]`).
    public var covers: [String]
    public var coversLocation: SourceLocation?
    public var rendered: RenderedMarkdown
    /// Where each front matter value is written, by key (`title`).
    public var fields = FieldLocations()

    public var location: SourceLocation { SourceLocation(file: path) }

    /// The markers a rule can find here: declared ones and explicit heading ids.
    public var markers: Set<String> {
        Set(covers).union(rendered.headings.filter(\.isExplicitID).map(\.id))
    }
}
