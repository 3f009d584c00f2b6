/// A position in a Markdown source, 1-based, counted from the first line of the Markdown body.
public struct SourcePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A heading of a rendered document.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    /// The heading's text, without markup and without an explicit `{#id}`.
    public var text: String
    /// The `id` attribute it was given (empty when heading ids are off).
    public var id: String
    /// Whether the author wrote the id (`{#id}`) rather than it being made from the text.
    public var isExplicitID: Bool
    public var position: SourcePosition
}

/// A link of a rendered document, as written.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var text: String
    /// True for a URL that autolinking turned into a link: its text is the URL itself.
    public var isBareURL: Bool
    public var position: SourcePosition
}

/// An image of a rendered document.
public struct MarkdownImage: Sendable, Hashable {
    public var source: String
    public var alternativeText: String
    /// The image's title; `"decorative"` marks an image that needs no text alternative.
    public var title: String

    public var isDecorative: Bool { title.lowercased() == "decorative" }
    public var position: SourcePosition
}

/// The HTML of a Markdown document and what the checks need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    public var images: [MarkdownImage]
    /// Raw HTML that was written in the Markdown (kept or omitted according to the options).
    public var rawHTML: [RawHTML]
    /// The text of the document without markup, paragraphs separated by blank lines.
    public var plainText: String
    /// The text under each heading (up to the next heading of the same or a higher level).
    public var sections: [MarkdownSection] = []

    /// The h2 and h3 headings, nested, for a "Contents" list.
    public var outline: [OutlineEntry] {
        var entries: [OutlineEntry] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3, !entries.isEmpty {
                entries[entries.count - 1].children.append(OutlineEntry(heading: heading))
            } else if heading.level == 2 {
                entries.append(OutlineEntry(heading: heading))
            }
        }
        return entries
    }
}

/// One line of a page's outline.
public struct OutlineEntry: Sendable, Hashable {
    public var id: String
    public var text: String
    public var children: [OutlineEntry] = []

    init(heading: MarkdownHeading) {
        id = heading.id
        text = heading.text
    }
}

/// A piece of raw HTML written in Markdown, where it was written.
public struct RawHTML: Sendable, Hashable {
    public var html: String
    public var position: SourcePosition
}

/// The text of one heading's section.
public struct MarkdownSection: Sendable, Hashable {
    public var headingID: String
    public var level: Int
    public var text: String
}
