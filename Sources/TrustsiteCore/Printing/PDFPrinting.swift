import Foundation

/// How a build prints the whole plan and the annual reports to PDF (`trustsite build --pdf`, or
/// `pdf: true` in trustsite.yml). Only a build for publishing prints them: not a draft (whose pages
/// carry the open errors) nor the preview.
struct PDFPrinting: Sendable {
    /// `--pdf` was given; `pdf: true` in trustsite.yml asks for them too.
    var requested: Bool
    /// Finds the printer, called only when there is something to print: a build without PDFs
    /// never looks for Chromium.
    var printer: @Sendable () throws(PrintFailure) -> any PagePrinter = { () throws(PrintFailure) in
        try ChromiumPrinter.locate()
    }
    /// Where printed PDFs are kept between builds (`.site-cache/pdf/`); nil keeps none.
    var cacheFolder: URL?

    /// Whether `site` is to be printed.
    func applies(to site: LoadedSite) -> Bool {
        requested || site.content.config.pdf
    }

    /// The pages that link to a printed PDF: the plan's page and each printed page itself.
    static func linkingPages(_ printed: [String: PrintedPDF]) -> Set<String> {
        var pages = Set(printed.keys)
        if printed[SiteRoutes.planWhole] != nil { pages.insert(SiteRoutes.plan) }
        return pages
    }
}

extension RenderPlan {
    /// Renders `urls` again even when their sources have not changed: a link to a printed PDF
    /// shows its size and page count, which depend on the printer too.
    mutating func renderAgain(_ urls: Set<String>) {
        let (again, kept) = (reuse.filter { urls.contains($0.page.url) }, reuse.filter { !urls.contains($0.page.url) })
        reuse = kept
        render += again.map(\.page)
    }
}
