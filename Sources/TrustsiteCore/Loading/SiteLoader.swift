import Foundation

/// A site read and planned: what every stage after loading works from.
struct LoadedSite: Sendable {
    /// The site folder, which the files published as they are (`SiteContent.files`) are read from.
    let root: URL
    let content: SiteContent
    let theme: Theme
    /// The processed images' bytes, which the output stage writes.
    let images: ImageCache
    /// Every page to publish, planned once per build.
    let pages: [PlannedPage]
}

/// The first stage of every build and check: reads `trustsite.yml`, the content and the
/// templates, and plans the pages and files, refusing two at one address.
///
/// What is wrong is reported in the log and left out, and the rest is loaded, so that one run
/// reports everything: a file that cannot be read is a stand-in (`DocumentLoader`), a template
/// that cannot be compiled gives way to the default theme's (`Theme`), and of two pages at one
/// address the second is left out (`PagePlanner`). The errors then refuse the build.
struct SiteLoader: Sendable {
    let root: URL
    /// Parsed files kept from earlier builds (the preview's); nil parses everything.
    var cache: ParseCache?
    /// The compiled templates of an earlier build, when no template has changed since (the preview's).
    var theme: Theme?
    /// Where processed images are kept: beside the output for a build, in memory otherwise.
    var images = ImageCache(folder: nil)

    /// The loaded site, or nil when it cannot be read at all (no usable `trustsite.yml`, an
    /// unreadable `content` folder); the log then says why.
    func load(log: DiagnosticLog) -> LoadedSite? {
        let content = ContentLoader(root: root, cache: cache).load(log: log)
        let theme: Theme?
        if let kept = self.theme {
            // A kept theme's problems are still there: say so again.
            for problem in kept.problems { log.report(problem) }
            theme = kept
        } else {
            theme = Theme.load(siteRoot: root, log: log)
        }
        guard var content, let theme else { return nil }
        let pages = PagePlanner.pages(for: content, log: log)
        content.files = FilePlanner.kept(
            content.files, pages: pages, content: content, themeAssets: Array(theme.assets.published.keys), log: log)
        // A document refused for a taken address is not published, so nothing is said about it.
        let kept = Set(content.files.map(\.url))
        content.documentFacts = content.documentFacts.filter { kept.contains($0.key) }
        content.imageFacts = ImageFactsReader(root: root, cache: images).read(content.files, log: log)
        content.config.logo = LogoMeasure.measured(
            content.config.logo, files: content.files, images: content.imageFacts, root: root)
        return LoadedSite(root: root, content: content, theme: theme, images: images, pages: pages)
    }
}
