import Foundation

/// The stages of every build, in order: load → check content → render → check output → write →
/// publish → remember. `SiteBuilder` runs them into a staging folder that is swapped into place
/// (`DiskOutput`), remembering on disk; `PreviewBuilder` runs them into memory (`MemoryOutput`),
/// remembering in memory; `trustsite check` runs the first four with no output (`check`).
struct BuildPipeline: Sendable {
    /// What a build is for, which decides what it does with errors.
    enum Purpose: Sendable {
        /// `trustsite build`: any error refuses the build, and nothing is published.
        case publish
        /// `trustsite build --draft`: published anyway, every page showing the open errors.
        case draft
        /// The preview: served anyway, the errors in its report panel.
        case preview
    }

    /// What a build made.
    struct Built: Sendable {
        let site: LoadedSite
        let plan: RenderPlan
        let pages: RenderedPages
        let report: SiteChecker.Report
    }

    let clock: BuildClock
    let strict: Bool
    let purpose: Purpose
    /// Include every page's reading ease in the report (`trustsite check`).
    var scoresReadability = false
    /// How to print the plan and the reports to PDF; nil prints none (the preview, `trustsite check`).
    var printing: PDFPrinting?

    /// The settings a build's memory is kept for.
    var settings: BuildMemory.Settings {
        BuildMemory.Settings(
            today: clock.today, draft: purpose == .draft, strict: strict, pdf: printing?.requested ?? false)
    }

    /// Builds the site into `output` and publishes it; `memory` says what changed since the last
    /// build and learns what this one made. `progress` is told how many pages are rendered so far,
    /// out of how many. A build that fails abandons what it wrote.
    func run(
        _ loader: SiteLoader, memory: inout BuildMemory, into output: some SiteOutput, log: DiagnosticLog,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(BuildFailure) -> Built {
        do throws(BuildFailure) {
            var site = try load(loader, log: log)
            // The preview shows what could not be loaded over the last build that could, as it
            // always has, rather than serve pages with parts left out (README: Previewing drafts).
            if purpose == .preview, log.hasErrors { throw .invalidInput(log.diagnostics) }
            var found = checker.checkContent(site.content, today: clock.today, log: log)
            var plan = memory.plan(site)
            let printed = try printPDFs(site, found)
            if let printed {
                site = LoadedSite(
                    root: site.root, content: site.content.printing(printed.facts), theme: site.theme,
                    images: site.images, pages: site.pages)
                found.input.content.printedPDFs = printed.facts
                plan.renderAgain(PDFPrinting.linkingPages(printed.facts))
            }
            let pages = try render(site, plan, into: try pageOutput(output, found), progress: progress)
            let report = try checkOutput(found, pages, templates: site.theme.sources)
            try write(site, pages, report, into: output, stems: memory.searchStems)
            try write(printed, into: output)
            try publish(output, buildID: memory.buildID(for: site))
            let summary = TextReport.summary(report.diagnostics, fileCount: report.fileCount)
            memory.remember(site, plan: plan, pages: pages, stamps: output.stamps, summary: summary)
            return Built(site: site, plan: plan, pages: pages, report: report)
        } catch {
            output.abandon()
            throw error
        }
    }

    /// `trustsite check`: load, check the content, render every page for what the output rules
    /// read (keeping none of the HTML), check the output.
    func check(_ loader: SiteLoader, log: DiagnosticLog) throws(BuildFailure) -> SiteChecker.Report {
        let site = try load(loader, log: log)
        let found = checker.checkContent(site.content, today: clock.today, log: log)
        let pages = try render(site, BuildMemory(settings: settings).plan(site), into: nil, progress: nil)
        return checker.checkOutput(found, pages: pages.facts, templates: site.theme.sources)
    }

    private var checker: SiteChecker {
        var checker = SiteChecker(strict: strict)
        checker.scoresReadability = scoresReadability
        return checker
    }

    /// Loads the site. Only a site that cannot be read at all stops here: what could not be loaded
    /// is in `log`, and its errors refuse a build for publishing once the content is checked.
    private func load(_ loader: SiteLoader, log: DiagnosticLog) throws(BuildFailure) -> LoadedSite {
        guard let site = loader.load(log: log) else { throw .unloadable(log.diagnostics) }
        return site
    }

    /// Where the render stage writes pages: nowhere when the content checks already refuse the
    /// build (its pages are rendered only for what the output rules read, and nothing is written)
    /// or in a draft (whose pages are rendered again with the errors once all are known); else
    /// the output, opened now.
    private func pageOutput(
        _ output: some SiteOutput, _ found: SiteChecker.ContentFindings
    ) throws(BuildFailure) -> (any SiteOutput)? {
        if purpose == .draft || purpose == .publish && found.errorCount > 0 { return nil }
        do throws(OutputError) {
            try output.open()
        } catch {
            throw .output(error)
        }
        return output
    }

    /// Renders the pages the plan says to on every core, writing each to `output` as it is ready,
    /// and takes the others from the last build: kept in `output`, or with no output only their
    /// remembered facts. A page the output cannot keep is rendered.
    private func render(
        _ site: LoadedSite, _ plan: RenderPlan, into output: (any SiteOutput)?,
        progress: (@Sendable (Int, Int) -> Void)?
    ) throws(BuildFailure) -> RenderedPages {
        var toRender = plan.render
        var kept = plan.reuse
        if let output {
            let outcome = PageReuse.keep(plan.reuse, in: output)
            kept = outcome.reused
            toRender += outcome.failed
        }
        do throws(OutputError) {
            let pass = try PageRenderPass(content: site.content, theme: site.theme).run(toRender, progress: progress) {
                page throws(OutputError) in
                try output?.write(Data(page.html.utf8), to: SiteRoutes.outputPath(for: page.url))
            }
            return RenderedPages(rendered: pass, kept: kept)
        } catch {
            throw .output(error)
        }
    }

    /// Runs the rules that read the rendered pages; a build for publishing stops here on any error.
    private func checkOutput(
        _ found: SiteChecker.ContentFindings, _ pages: RenderedPages, templates: TemplateSources
    ) throws(BuildFailure) -> SiteChecker.Report {
        let report = checker.checkOutput(found, pages: pages.facts, templates: templates)
        if purpose == .publish && report.errorCount > 0 { throw .checksFailed(report) }
        return report
    }

    /// Writes the rest of the site: a draft's pages (now that the errors they show are known), the
    /// sitemap, the feed, robots.txt, the open data, the search index, the theme's assets and the files published as they are.
    private func write(
        _ site: LoadedSite, _ pages: RenderedPages, _ report: SiteChecker.Report, into output: some SiteOutput,
        stems: SearchStems?
    ) throws(BuildFailure) {
        do throws(OutputError) {
            try output.open()
            if purpose == .draft {
                var pass = PageRenderPass(content: site.content, theme: site.theme)
                pass.draftErrors = report.diagnostics.filter { $0.severity == .error }
                _ = try pass.run(site.pages) { page throws(OutputError) in
                    try output.write(Data(page.html.utf8), to: SiteRoutes.outputPath(for: page.url))
                }
            }
            // The preview, like a draft, is not for search engines.
            let documents = SiteDocuments(content: site.content, draft: purpose != .publish)
            let sitemap = documents.sitemap(site.pages.map { ($0.url, pages.updated[$0.url] ?? nil) })
            try output.write(Data(sitemap.utf8), to: "sitemap.xml")
            try output.write(Data(documents.feed().utf8), to: "feed.xml")
            try output.write(Data(documents.robots().utf8), to: "robots.txt")
            for (path, data) in OpenData(content: site.content).files.sorted(by: { $0.key < $1.key }) {
                try output.write(data, to: path)
            }
            try output.writeOnDemand(DeferredFiles(content: site.content, stems: stems))
            for (path, data) in site.theme.assets.published.sorted(by: { $0.key < $1.key }) {
                try output.write(data, to: path)
            }
            try PublishedFiles.copy(
                site.content.files.filter { !ImageNames.isProcessed($0) }, from: site.root, into: output)
            try PublishedImages.write(site.content.imageFacts, from: site.images, into: output)
        } catch {
            throw .output(error)
        }
    }

    /// Prints the whole plan and the reports to PDF when asked to, before the pages that link to
    /// them are rendered; nil when nothing is printed: not asked for, not a build for publishing,
    /// or a build the content checks already refuse.
    private func printPDFs(
        _ site: LoadedSite, _ found: SiteChecker.ContentFindings
    ) throws(BuildFailure) -> PDFPrintStage.Printed? {
        guard let printing, printing.applies(to: site), purpose == .publish, found.errorCount == 0 else { return nil }
        let printer: any PagePrinter
        do throws(PrintFailure) {
            printer = try printing.printer()
        } catch {
            throw .invalidInput([
                Diagnostic(
                    .error, at: site.content.config.places.location(of: "pdf"),
                    "the plan and the annual reports cannot be printed to PDF: \(error.message)")
            ])
        }
        return try PDFPrintStage(printer: printer, cacheFolder: printing.cacheFolder, today: clock.today).run(site)
    }

    /// Writes the printed PDFs beside the pages they are printed from.
    private func write(_ printed: PDFPrintStage.Printed?, into output: some SiteOutput) throws(BuildFailure) {
        guard let printed else { return }
        do throws(OutputError) {
            for (path, data) in printed.files.sorted(by: { $0.key < $1.key }) {
                try output.write(data, to: path)
            }
        } catch {
            throw .output(error)
        }
    }

    private func publish(_ output: some SiteOutput, buildID: String?) throws(BuildFailure) {
        do throws(OutputError) {
            try output.publish(buildID: buildID)
        } catch {
            throw .output(error)
        }
    }
}
