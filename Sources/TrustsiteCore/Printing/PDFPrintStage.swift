import Foundation
import TrustsiteDocuments
import TrustsiteImages
import TrustsiteMarkdown

/// `trustsite build --pdf`: prints the whole plan and each annual report of the current plan to
/// PDF, from the pages as the build renders them, and says where each is published and its size and
/// page count for the links to it. A PDF printed before from the same HTML by the same printer is
/// taken from the cache (`.site-cache/pdf/`), so a rebuild with nothing changed prints nothing.
struct PDFPrintStage: Sendable {
    let printer: any PagePrinter
    /// Where printed PDFs are kept between builds; nil keeps none.
    let cacheFolder: URL?
    /// The build's "today": the date written into every PDF, so the same input gives the same bytes.
    let today: Day

    /// The printed PDFs: their facts by the address of the page each is printed from, and their
    /// bytes by output path.
    struct Printed: Sendable {
        var facts: [String: PrintedPDF] = [:]
        var files: [String: Data] = [:]
    }

    /// The pages printed and the address of each one's PDF: the whole plan, under `/plan/`, named
    /// from the plan's title; each current annual report in its own folder, named from its title.
    static func targets(_ site: LoadedSite) -> [(page: PlannedPage, pdf: String)] {
        site.pages.compactMap { page -> (PlannedPage, String)? in
            switch page.identity {
            case .planWhole:
                guard let plan = site.content.plan else { return nil }
                return (page, SiteRoutes.plan + fileName(plan.title, fallback: "plan"))
            case .review(let index):
                guard site.content.reviews.indices.contains(index), site.content.reviews[index].isOfCurrentPlan
                else { return nil }
                let review = site.content.reviews[index]
                return (page, SiteRoutes.review(review) + fileName(review.title, fallback: "annual-report"))
            default: return nil
            }
        }
    }

    /// "Children and Young People's Plan 2025 to 2028" → `children-and-young-peoples-plan-2025-to-2028.pdf`.
    static func fileName(_ title: String, fallback: String) -> String {
        let slug = Slugs.make(title)
        return (slug.isEmpty ? fallback : slug) + ".pdf"
    }

    /// Prints every target; a page that cannot be printed fails the stage, naming the page.
    func run(_ site: LoadedSite) throws(BuildFailure) -> Printed {
        let targets = Self.targets(site)
        guard !targets.isEmpty else { return Printed() }
        let version: String
        do throws(PrintFailure) {
            version = try printer.version()
        } catch {
            throw .invalidInput([
                Diagnostic(
                    .error, at: site.content.config.places.location(of: "pdf"),
                    "the plan and the annual reports cannot be printed to PDF: \(error.message)")
            ])
        }
        let builder = ContextBuilder(content: site.content)
        let renderer = PageRenderer(content: site.content, theme: site.theme)
        let source = PrintSource(
            stylesheets: Self.stylesheets(site.theme), baseURL: site.content.config.baseURL,
            localFiles: Dictionary(
                site.content.files.map { ($0.url, site.root.appending(path: $0.source).standardizedFileURL) },
                uniquingKeysWith: { first, _ in first }),
            inlineImages: Self.inlineImages(site))
        let taken = Set(site.content.files.map(\.url))
        var printed = Printed()
        var cached: Set<String> = []
        for (page, url) in targets {
            // The page as it is before any PDF exists: without the link to its own PDF.
            let html = source.make(renderer.render(builder.model(for: page.identity)), pageURL: page.url)
            do throws(PrintFailure) {
                if taken.contains(url) {
                    throw PrintFailure(
                        "a file under content/ or static/ is already published at \(url), where this page's PDF goes; "
                            + "rename or move that file")
                }
                let bytes = try pdf(of: html, version: version, name: url, cached: &cached)
                let catalogue = try Self.catalogue(bytes, name: url)
                try Self.requireAccessible(catalogue, printer: version)
                printed.facts[page.url] = PrintedPDF(
                    page: page.url, url: url, size: bytes.count, pageCount: catalogue.pageCount)
                printed.files[String(url.dropFirst())] = Data(bytes)
            } catch {
                throw .invalidInput([
                    Diagnostic(
                        .error, at: page.source,
                        "the page \(page.url) could not be printed to PDF (\(url)): \(error.message)",
                        hint: "Build without PDFs (leave out --pdf, set `pdf: false` in trustsite.yml) "
                            + "to publish the site meanwhile.")
                ])
            }
        }
        pruneCache(keeping: cached)
        return printed
    }

    /// Each processed image's published full-width copy as a `data:` address, by its address.
    static func inlineImages(_ site: LoadedSite) -> [String: String] {
        var images: [String: String] = [:]
        for (url, image) in site.content.imageFacts {
            guard let entry = site.images.entry(for: image.cacheKey), let copy = entry.renditions.first,
                let format = ImageNames.format(of: url)?.mediaType
            else { continue }
            images[url] = "data:\(format);base64," + copy.bytes.base64EncodedString()
        }
        return images
    }

    /// Removes the PDFs this build did not use from the cache (pages changed or gone since), so
    /// it holds one copy of each page's PDF, not one per edit.
    private func pruneCache(keeping used: Set<String>) {
        guard let cacheFolder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
        else { return }
        for name in names where name.hasSuffix(".pdf") && !used.contains(name) {
            try? FileManager.default.removeItem(at: cacheFolder.appending(path: name))
        }
    }

    /// The normalised PDF of `html`: from the cache when this printer has printed the same HTML
    /// before, else printed now and kept in the cache.
    private func pdf(
        of html: String, version: String, name: String, cached used: inout Set<String>
    ) throws(PrintFailure) -> [UInt8] {
        var hasher = FNV1a()
        hasher.add("trustsite-pdf-1\n\(version)\n\(today.iso)\n")
        hasher.add(html)
        used.insert("\(hasher.hex).pdf")
        let cached = cacheFolder?.appending(path: "\(hasher.hex).pdf")
        if let cached, let data = FileManager.default.contents(atPath: cached.path),
            (try? PDFReader.read([UInt8](data), name: name)) != nil
        {
            return [UInt8](data)
        }
        let folder = try ChromiumPrinter.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let htmlFile = folder.appending(path: "page.html")
        let pdfFile = folder.appending(path: "page.pdf")
        do {
            try Data(html.utf8).write(to: htmlFile)
        } catch {
            throw PrintFailure("the page could not be written for printing: \(error.localizedDescription)")
        }
        try printer.print(htmlFile, to: pdfFile)
        guard let data = FileManager.default.contents(atPath: pdfFile.path) else {
            throw PrintFailure("the printer wrote no PDF")
        }
        let normalised: [UInt8]
        do throws(PDFError) {
            normalised = try PDFNormaliser.normalise(
                [UInt8](data), day: today.iso.replacingOccurrences(of: "-", with: ""), producer: "trustsite",
                name: name)
        } catch {
            throw PrintFailure("the printed PDF could not be read: \(error.description)")
        }
        if let cached, let cacheFolder {
            try? FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
            try? Data(normalised).write(to: cached, options: .atomic)
        }
        return normalised
    }

    private static func catalogue(_ bytes: [UInt8], name: String) throws(PrintFailure) -> PDFCatalogue {
        do throws(PDFError) {
            return try PDFReader.read(bytes, name: name)
        } catch {
            throw PrintFailure("the printed PDF could not be read: \(error.description)")
        }
    }

    /// A printed PDF must pass SITE-DOCUMENTS-ACCESSIBLE like any other: tagged, titled (shown as
    /// the window title) and in a language. Chromium's are; a printer that is not fails the page.
    static func requireAccessible(_ catalogue: PDFCatalogue, printer: String) throws(PrintFailure) {
        var missing: [String] = []
        if !catalogue.isTagged { missing.append("tags") }
        if !catalogue.hasTitle || !catalogue.displaysDocumentTitle {
            missing.append("a title shown as the window title")
        }
        if !catalogue.hasLanguage { missing.append("a language") }
        guard !missing.isEmpty else { return }
        throw PrintFailure(
            "\(printer) printed a PDF without \(missing.joinedAsList), so it would not be accessible; "
                + "use a current Chromium (`apt-get install chromium`)")
    }

    /// The theme's stylesheets' text by the address pages link them at.
    private static func stylesheets(_ theme: Theme) -> [String: String] {
        var sheets: [String: String] = [:]
        for (path, data) in theme.assets.published where path.hasSuffix(".css") {
            if let text = String(data: data, encoding: .utf8) { sheets["/" + path] = text }
        }
        return sheets
    }
}
