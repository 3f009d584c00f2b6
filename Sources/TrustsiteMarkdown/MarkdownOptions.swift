/// How Markdown is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML through. Off by default: cmark-gfm then omits raw HTML and drops unsafe URLs.
    public var allowRawHTML: Bool
    /// Give headings `id` attributes (slugs, or an explicit `{#id}`) so every section can be linked.
    public var headingIDs: Bool
    /// Wrap tables in a labelled, keyboard-scrollable region and give header cells a scope.
    public var accessibleTables: Bool
    /// Ids the page already uses elsewhere (the layout's landmarks, for example), never given to a heading.
    public var reservedIDs: Set<String>

    public init(
        allowRawHTML: Bool = false,
        headingIDs: Bool = true,
        accessibleTables: Bool = true,
        reservedIDs: Set<String> = ["main-content", "top"]
    ) {
        self.allowRawHTML = allowRawHTML
        self.headingIDs = headingIDs
        self.accessibleTables = accessibleTables
        self.reservedIDs = reservedIDs
    }

    /// Plain cmark-gfm output, as its own test suite expects: raw HTML on, nothing added.
    public static let reference = MarkdownOptions(
        allowRawHTML: true, headingIDs: false, accessibleTables: false, reservedIDs: [])
}
