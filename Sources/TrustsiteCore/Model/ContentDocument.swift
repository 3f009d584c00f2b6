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
    /// Where the front matter's keys are written (line 1 of the file for the front matter itself),
    /// and which of them the loaders have reported: the loader of a plan, priority, service or
    /// review notes them once it has read every key.
    public var places: SourcePlaces

    /// False when the front matter could not be read (the loader has said why): what it would
    /// declare (`covers:`, dates) is unknown, so rules that read it say nothing about this page.
    public var frontMatterRead: Bool { !places.unreadable }

    public var location: SourceLocation { SourceLocation(file: path) }

    /// The markers a rule can find here: declared ones and explicit heading ids.
    public var markers: Set<String> {
        Set(covers).union(rendered.headings.filter(\.isExplicitID).map(\.id))
    }
}
