import Foundation
import TrustsiteMarkdown

/// What a build remembers of the last one, so that it can stop at once when nothing has changed
/// ("up to date") and otherwise render only the pages a change reaches. The pipeline touches
/// incremental state only through this type. Its parts: the fingerprint of everything a build
/// reads (`BuildFingerprint`), the build cache (`BuildCache`: every input's content hash; every
/// page's sources, output stamp, date and facts), the render plan (`RenderPlan`) and which source
/// files each page is made from (`PageDependencies`).
///
/// `trustsite build` keeps it on disk beside the output (`.site-cache/` for `site/`); the preview
/// keeps it in memory, from one rebuild to the next.
struct BuildMemory: Sendable {
    /// The options that change what a build writes.
    struct Settings: Sendable, Hashable {
        var today: Day
        var draft = false
        var strict = false
        /// `--pdf`: the pages that link to the PDFs differ (`pdf:` in trustsite.yml reaches every page anyway).
        var pdf = false
    }

    let settings: Settings
    /// The output it is kept beside; nil for the preview's, kept in memory.
    private let output: URL?
    /// False for `--clean`: never up to date.
    private let trustsLastBuild: Bool
    /// False for `--clean` and drafts: every page is rendered.
    private let reusesPages: Bool
    /// What the last build knew of its inputs and pages; nil renders every page.
    private var last: BuildCache?
    /// This build's input files with their content hashes (on disk: they name the site it writes).
    private var inputs: [String: BuildCache.Input] = [:]
    private var fingerprint = ""
    /// The paths changed since the last build remembered; nil when anything may have.
    private var changes: Set<String>?
    /// The pages' search stems kept from the last build, and this build's for the next; on disk only.
    private(set) var searchStems: SearchStems?

    /// Kept beside `output`. A clean build ignores the last one; a draft renders every page, as
    /// each shows the open errors.
    init(beside output: URL, settings: Settings, clean: Bool) {
        self.output = output
        self.settings = settings
        trustsLastBuild = !clean
        reusesPages = !clean && !settings.draft
    }

    /// Kept in memory, starting empty: the first build renders every page.
    init(settings: Settings) {
        output = nil
        self.settings = settings
        trustsLastBuild = true
        reusesPages = true
    }

    /// The last build's record, if nothing it read has changed (the input files' stamps, trustsite
    /// itself, today, the options) and `published` still holds the site it wrote (its id is in the
    /// marker); nil otherwise. When not up to date the files are hashed now, before they are loaded,
    /// so a file changed while this build runs differs from what it remembers: the next build
    /// renders it again.
    mutating func upToDate(_ files: InputFiles, published: URL) -> BuildFingerprint.Record? {
        guard let output else { return nil }
        fingerprint =
            BuildFingerprint.compute(
                inputs: files, output: output, today: settings.today, draft: settings.draft, strict: settings.strict,
                pdf: settings.pdf
            ).value
        if trustsLastBuild, let record = BuildFingerprint.load(for: output), record.fingerprint == fingerprint,
            SiteMarker.buildID(in: published) == record.buildID
        {
            return record
        }
        BuildFingerprint.forget(for: output)
        // Read only now: on a large site, reading the cache costs more than the check above. It
        // describes the published site, which only a successful build replaces (and then saves a
        // new cache); a build killed in between leaves the old cache, whose stamps and hashes
        // still tell which pages of the new site it may reuse.
        if reusesPages { last = BuildCache.load(for: output) }
        searchStems = trustsLastBuild ? SearchStems.load(for: output) : SearchStems()
        inputs = BuildCache.hashInputs(files, previous: last?.inputs)
        changes = BuildCache.changes(from: last?.inputs ?? [:], to: inputs)
        return nil
    }

    /// A parse cache holding the Markdown files the last build parsed that are unchanged since
    /// (`StoredParses`); empty in memory (the preview keeps its own) and for `--clean`. Call after
    /// `upToDate`, which hashes the inputs.
    func storedParses() -> ParseCache {
        guard let output, trustsLastBuild else { return ParseCache() }
        return ParseCache(stored: StoredParses.load(for: output, inputs: inputs))
    }

    /// Keeps the Markdown files this build parsed for the next (on disk; call after `remember`).
    func keep(parsed: ParseCache, options: MarkdownOptions) {
        guard let output else { return }
        StoredParses.save(parsed.all, options: options, inputs: inputs, previous: parsed.storedFrom, for: output)
    }

    /// Adds the paths a file watcher reported changed (nil: anything may have). They gather until
    /// a build is remembered, so a change made while the site cannot be built is still rendered by
    /// the first build that succeeds.
    mutating func note(changed paths: Set<String>?) {
        guard let paths, let known = changes else {
            changes = nil
            return
        }
        changes = known.union(paths)
    }

    /// Which pages to render and which to take from the last build: every page when something
    /// that reaches every page has changed (see `RenderPlan.key` and `RenderPlan.reachesEveryPage`),
    /// else the pages made from a changed file.
    func plan(_ site: LoadedSite) -> RenderPlan {
        let key = RenderPlan.key(shape: PageDependencies.shape(of: site.pages, content: site.content), settings)
        let reachesEveryPage = changes?.contains(where: RenderPlan.reachesEveryPage) ?? true
        return RenderPlan(
            key: key, pages: site.pages, content: site.content,
            previous: last?.key == key && !reachesEveryPage ? last : nil, changes: changes ?? [])
    }

    /// The id of the site this build writes, for its marker (see `BuildID`); nil in memory.
    func buildID(for site: LoadedSite) -> String? {
        guard output != nil else { return nil }
        return BuildID.make(
            inputs: inputs, pages: site.pages.map(\.url), today: settings.today, draft: settings.draft,
            strict: settings.strict)
    }

    /// Remembers what this build made, once it is published: every page's sources, date, facts
    /// and (on disk, from `stamps`) output file's stamp, with the inputs' hashes; on disk also the
    /// fingerprint and `summary` (the report's last line), for the next build's "up to date".
    mutating func remember(
        _ site: LoadedSite, plan: RenderPlan, pages: RenderedPages, stamps: [String: FileStamp]?, summary: String
    ) {
        var cache = BuildCache(key: plan.key, inputs: inputs, pages: [:])
        for page in site.pages {
            let outputPath = SiteRoutes.outputPath(for: page.url)
            let stamp = stamps?[outputPath]
            // On disk, only a page whose file the output holds can be reused.
            guard let facts = pages.facts[page.url], stamps == nil || stamp != nil else { continue }
            cache.pages[page.url] = .init(
                outputPath: outputPath, stamp: stamp, updated: pages.updated[page.url] ?? nil,
                sources: plan.sources[page.url] ?? [], facts: facts)
        }
        last = cache
        changes = []
        guard let output, let buildID = buildID(for: site) else { return }
        cache.save(for: output)
        searchStems?.save(for: output)
        BuildFingerprint.save(
            .init(fingerprint: fingerprint, buildID: buildID, pages: site.pages.count, summary: summary), for: output)
    }
}
