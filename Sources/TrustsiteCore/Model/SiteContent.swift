/// Everything a site says, loaded and cross-referenced: what the checks and the renderer read.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var home: ContentDocument?
    public var plan: Plan?
    /// Plans the current one replaced, oldest first.
    public var pastPlans: [PastPlan]
    /// Every annual review, of the current plan and of past ones, oldest first.
    public var reviews: [Review]
    public var board: Board?
    public var offer: Offer?
    public var pages: [FreePage]
    /// `content/glossary.yml`, if the site has one.
    public var glossary: Glossary? = nil
    /// The files published as they are (images, documents, `static/`), sorted by address; those
    /// at an address already taken are left out (see `FilePlanner`).
    public var files: [PublishedFile] = []
    /// What is known about each published document (PDF, Office, OpenDocument, CSV), by address:
    /// format, size, a PDF's catalogue, and its `documents.yml` entry (see `DocumentFacts`).
    public var documentFacts: [String: DocumentFacts] = [:]
    /// The PDFs printed from the site's own pages (`trustsite build --pdf`), by the address of
    /// the page each is printed from; empty until they are printed, and in a build without PDFs.
    public var printedPDFs: [String: PrintedPDF] = [:]
    /// Each published content image's size and copies, by address (see `ImageFactsReader`);
    /// an image that could not be processed has none.
    public var imageFacts: [String: ImageFacts] = [:]
    /// The reviews of the current plan: the ones the rules check.
    public var currentReviews: [Review] { reviews.filter(\.isOfCurrentPlan) }

    /// Every file read, for summaries ("in 31 files").
    public var fileCount: Int
}

/// Any other page: `content/pages/<path>.md` published at `/<path>/`.
public struct FreePage: Sendable {
    /// The site path, e.g. `/glossary/`.
    public var url: String
    public var document: ContentDocument
    public var title: String
}

extension SiteContent {
    /// This content with the PDFs printed from its pages, for the pages that link to them.
    func printing(_ printed: [String: PrintedPDF]) -> SiteContent {
        var content = self
        content.printedPDFs = printed
        return content
    }
}
