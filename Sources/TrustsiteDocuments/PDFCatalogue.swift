/// What a PDF's catalogue and document information say about its accessibility.
public struct PDFCatalogue: Sendable, Hashable {
    /// The number of pages in the page tree.
    public let pageCount: Int
    /// The catalogue's `/MarkInfo` has `/Marked true`: the producer says the document is tagged.
    public let isMarked: Bool
    /// The catalogue has a `/StructTreeRoot` dictionary: the tags themselves.
    public let hasStructureTree: Bool
    /// `/Title` from the document information dictionary, decoded; nil when there is none.
    public let title: String?
    /// `/ViewerPreferences /DisplayDocTitle true`: a reader shows the title, not the file name.
    public let displaysDocumentTitle: Bool
    /// The catalogue's `/Lang` (a BCP 47 tag such as "en-GB"); nil when there is none.
    public let language: String?
    /// The document is encrypted but opened without a password (it may still restrict copying).
    public let isEncrypted: Bool
    /// What qpdf repaired or found odd while reading: the file opened, but a careful producer
    /// would not have written it this way.
    public let warnings: [String]

    public init(
        pageCount: Int, isMarked: Bool, hasStructureTree: Bool, title: String?, displaysDocumentTitle: Bool,
        language: String?, isEncrypted: Bool, warnings: [String]
    ) {
        self.pageCount = pageCount
        self.isMarked = isMarked
        self.hasStructureTree = hasStructureTree
        self.title = title
        self.displaysDocumentTitle = displaysDocumentTitle
        self.language = language
        self.isEncrypted = isEncrypted
        self.warnings = warnings
    }

    /// Tagged as PDF/UA and WCAG's PDF techniques mean it: marked, with a structure tree.
    public var isTagged: Bool { isMarked && hasStructureTree }

    /// Has a title that is not blank.
    public var hasTitle: Bool { !(title ?? "").allSatisfy(\.isWhitespace) }

    /// Has a language that is not blank.
    public var hasLanguage: Bool { !(language ?? "").allSatisfy(\.isWhitespace) }
}
