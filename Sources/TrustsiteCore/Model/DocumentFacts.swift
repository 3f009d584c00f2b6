/// What the build knows about one published document (a PDF, Office or OpenDocument file, a
/// CSV): its format and size, what its PDF catalogue says, and what `documents.yml` beside it
/// says. `SiteContent.documentFacts` holds one per document, by address.
public struct DocumentFacts: Sendable, Hashable {
    /// The site-relative path it is read from: `content/plan/plan-2025.pdf`.
    public var source: String
    /// The address it is published at: `/plan/plan-2025.pdf`.
    public var url: String
    public var format: DocumentFormat
    /// Its size in bytes.
    public var size: Int
    /// What its catalogue says, for a PDF that could be read; nil for any other format, and for a
    /// PDF that could not be read (which is reported at the file).
    public var pdf: PDFFacts?
    /// What `documents.yml` says about it; nil when it does not name it.
    public var metadata: DocumentMetadata?

    public init(
        source: String, url: String, format: DocumentFormat, size: Int, pdf: PDFFacts? = nil,
        metadata: DocumentMetadata? = nil
    ) {
        self.source = source
        self.url = url
        self.format = format
        self.size = size
        self.pdf = pdf
        self.metadata = metadata
    }

    /// The file's own name: `plan-2025.pdf`.
    public var fileName: String { String(source.split(separator: "/").last ?? Substring(source)) }

    /// The title to call it by: `documents.yml`'s, else the PDF's own, else its file name.
    public var title: String {
        if let title = metadata?.title { return title }
        if let title = pdf?.title, !title.allSatisfy(\.isWhitespace) { return title }
        return fileName
    }

    /// Whether a reader with assistive technology can use it as it is: a PDF that passes
    /// SITE-DOCUMENTS-ACCESSIBLE, a CSV (plain text), or another document `documents.yml` says
    /// was checked (`accessible: true`). Anything else may not be, and its link says so.
    public var isAccessible: Bool {
        if let pdf { return pdf.failures.isEmpty }
        if format == .pdf { return false }
        return format.isPlainData || metadata?.accessible == true
    }
}

/// The accessibility facts of a PDF's catalogue (read by `TrustsiteDocuments.PDFReader`).
public struct PDFFacts: Sendable, Hashable {
    public var pageCount: Int
    /// Marked (`/MarkInfo /Marked true`) and with a `/StructTreeRoot`.
    public var isTagged: Bool
    /// The document information's `/Title`, when it has one that is not blank.
    public var title: String?
    /// `/ViewerPreferences /DisplayDocTitle true`.
    public var displaysTitle: Bool
    /// The catalogue's `/Lang`, when it has one that is not blank.
    public var language: String?

    public init(pageCount: Int, isTagged: Bool, title: String?, displaysTitle: Bool, language: String?) {
        self.pageCount = pageCount
        self.isTagged = isTagged
        self.title = title
        self.displaysTitle = displaysTitle
        self.language = language
    }

    /// What makes it fail SITE-DOCUMENTS-ACCESSIBLE, each with what to do, in a fixed order;
    /// empty when it passes.
    public var failures: [(problem: String, fix: String)] {
        var failures: [(String, String)] = []
        if !isTagged {
            failures.append(
                (
                    "it is not tagged (no structure tags for headings, lists and tables)",
                    "export it again with tags: in Word, File > Save as > PDF > Options > \"Document structure "
                        + "tags for accessibility\"; in LibreOffice, \"Universal Accessibility (PDF/UA)\""
                ))
        }
        if title == nil {
            failures.append(
                (
                    "it has no title",
                    "give the source document a title (in Word, File > Info > Properties > Title) and export again"
                ))
        }
        if !displaysTitle {
            failures.append(
                (
                    "it does not show its title as the window title (DisplayDocTitle)",
                    "in Acrobat, File > Properties > Initial View > Show: Document Title; Word's PDF/UA export sets it"
                ))
        }
        if language == nil {
            failures.append(
                (
                    "it has no language",
                    "set the document's language (in Word, Review > Language) and export again, or in Acrobat, "
                        + "File > Properties > Advanced > Language"
                ))
        }
        return failures
    }
}

/// What `documents.yml` says about one document.
public struct DocumentMetadata: Sendable, Hashable {
    /// When it was first published: the documents rule's date test.
    public var published: Day?
    /// The title to show and to match it by, when the file name will not do.
    public var title: String?
    /// `accessible: true`: someone has checked an Office or OpenDocument file with an accessibility checker.
    public var accessible: Bool?
    /// Where its entry in `documents.yml` is.
    public var location: SourceLocation

    public init(published: Day?, title: String?, accessible: Bool?, location: SourceLocation) {
        self.published = published
        self.title = title
        self.accessible = accessible
        self.location = location
    }
}
