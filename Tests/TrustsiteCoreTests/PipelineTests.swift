import Foundation
import Testing

@testable import TrustsiteCore

/// The build pipeline: the content is checked before anything is rendered, a refused build writes
/// nothing, every failure says why, and the preview runs the same stages as a build.
@Suite struct PipelineTests {
    static let clock = BuildClock(today: Day(iso: "2026-11-22")!)

    /// An image without a text alternative (SITE-ALT-TEXT, a rule on the content) and a link to a
    /// page the site does not have (SITE-LINKS, a rule on the rendered pages), both in one free page.
    static func breakContactPage(_ site: TestSite) throws {
        try site.write(
            "content/pages/contact.md",
            "---\ntitle: Contact us\n---\nEmail trust@fernlow.example.\n\n![](/images/map.png)\n\n"
                + "See [the old page](/nowhere/).\n")
    }

    /// Counts the pages a build renders (its progress is told once a page).
    final class RenderCount: Sendable {
        private let count = Locked(0)
        var value: Int { count.withLock { $0 } }
        func add() { count.withLock { $0 += 1 } }
    }

    static func build(_ site: TestSite, output: URL, rendered: RenderCount) throws(BuildFailure) -> BuildOutcome {
        try SiteBuilder(options: .init(siteRoot: site.root, output: output, clock: clock))
            .build(log: DiagnosticLog(), progress: { _, _ in rendered.add() })
    }

    /// Every entry beside and in the output, with its bytes (nil for folders).
    static func everything(around output: URL) -> [String: Data?] {
        let parent = output.deletingLastPathComponent().standardizedFileURL.path + "/"
        var entries: [String: Data?] = [:]
        guard let walk = FileManager.default.enumerator(atPath: parent) else { return entries }
        for case let path as String in walk where path.hasPrefix(".site") || path.hasPrefix("site") {
            entries[path] = FileManager.default.contents(atPath: parent + path)
        }
        return entries
    }

    static func checkReport(_ site: TestSite) throws -> SiteChecker.Report {
        guard case .checked(let report) = SiteInspection(root: site.root, clock: clock).run() else {
            throw CheckError.unloadable
        }
        return report
    }

    enum CheckError: Error { case unloadable }

    /// A build that the content rules refuse writes nothing at all (no staging folder, no spare
    /// site taken), renders only the pages whose facts the output rules need and it does not
    /// remember (here the one changed page), and reports everything `check` does: the content
    /// rules' findings and the output rules'.
    @Test func refusedBuildWritesNothingAndRendersOnlyWhatTheOutputRulesNeed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        let first = RenderCount()
        let pages = try Self.build(site, output: output, rendered: first).pages
        #expect(first.value == pages)
        // A second build leaves a spare site beside the output, which a refused build must not take.
        try site.write("content/pages/have-your-say.md", try site.read("content/pages/have-your-say.md") + "\nMore.\n")
        _ = try Self.build(site, output: output, rendered: RenderCount())
        try Self.breakContactPage(site)
        let before = Self.everything(around: output)
        #expect(before.keys.contains(".site.spare/.trustsite-output"))

        let refused = RenderCount()
        do {
            _ = try Self.build(site, output: output, rendered: refused)
            Issue.record("a site with an error must not be published")
        } catch {
            guard case .checksFailed(let report) = error else {
                Issue.record("expected the checks to refuse the build, got \(error)")
                return
            }
            let expected = try Self.checkReport(site)
            #expect(report.diagnostics == expected.diagnostics)
            // SITE-LINKS twice: the link to /nowhere/ and the image /images/map.png, which the site does not publish.
            #expect(report.diagnostics.compactMap(\.ruleID).sorted() == ["SITE-ALT-TEXT", "SITE-LINKS", "SITE-LINKS"])
            #expect(report.waived.map(\.rule) == expected.waived.map(\.rule))
        }
        #expect(refused.value == 1, "only the changed page is rendered; the others' facts are remembered")
        let after = Self.everything(around: output)
        // No staging folder, nothing new, nothing gone (the cache forgets the last build's record,
        // as any build that is not up to date does).
        let published = { (entries: [String: Data?]) in Set(entries.keys.filter { !$0.hasPrefix(".site-cache") }) }
        #expect(published(after).symmetricDifference(published(before)).isEmpty)
        for (path, data) in before where path.hasPrefix("site/") || path.hasPrefix(".site.spare/") {
            #expect(after[path] == data, "\(path) changed")
        }
    }

    /// With nothing remembered, a refused build renders every page (the output rules read them all)
    /// but still writes none.
    @Test func firstBuildRefusedRendersForTheChecksOnly() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.breakContactPage(site)
        let output = site.root.appending(path: "site")
        let rendered = RenderCount()
        #expect(throws: BuildFailure.self) { try Self.build(site, output: output, rendered: rendered) }
        #expect(rendered.value == 34)
        #expect(Self.everything(around: output).keys.sorted() == [".site.lock"])
    }

    /// The rules that read the rendered pages are the three that look at links on every page; all
    /// others run before anything is rendered.
    @Test func rulesSayWhatTheyRead() {
        let rendered = RuleCatalogue.all.filter { $0.stage == .renderedPages }.map(\.id)
        #expect(rendered == ["SITE-ACCESSIBILITY-STATEMENT", "SITE-HAVE-YOUR-SAY", "SITE-LINKS"])
    }

    // MARK: failures say why

    /// A load that fails without a recorded reason (a fault) still carries an error saying so.
    @Test func unloadableWithoutAReasonStillSaysWhy() {
        let failure = BuildFailure.unloadable([Diagnostic(.warning, at: SourceLocation(file: "x.md"), "a warning")])
        #expect(failure.diagnostics.contains { $0.severity == .error && $0.message.contains("could not be loaded") })
        let diagnostics = BuildFailure.unloadable([]).diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.count == 1)
    }

    /// An output that cannot be written (its parent is a file) fails with the system's reason.
    @Test func unwritableOutputFailsWithItsReason() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("a-file", "not a folder\n")
        let output = site.root.appending(path: "a-file/site")
        do {
            _ = try Self.build(site, output: output, rendered: RenderCount())
            Issue.record("a build into a file's child must fail")
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1)
            #expect(errors.first?.message.contains("Not a directory") == true, "\(errors)")
        }
    }

    /// An output that fails while pages are written: the failure names the file and the reason,
    /// and what was written is abandoned.
    @Test func failedWriteCarriesItsReasonAndIsAbandoned() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = FailingOutput()
        var memory = BuildMemory(settings: .init(today: Self.clock.today))
        let pipeline = BuildPipeline(clock: Self.clock, strict: false, purpose: .publish)
        do {
            _ = try pipeline.run(SiteLoader(root: site.root), memory: &memory, into: output, log: DiagnosticLog())
            Issue.record("a build whose writes fail must fail")
        } catch {
            guard case .output(.writeFailed(let path, let reason)) = error else {
                Issue.record("expected a write failure, got \(error)")
                return
            }
            #expect(reason == "No space left on device")
            #expect(
                error.diagnostics.map(\.message) == [OutputError.writeFailed(path: path, reason: reason).description])
        }
        #expect(output.abandoned)
    }

    /// Fails every write after the first few, like a disk that fills up.
    final class FailingOutput: SiteOutput {
        private let state = Locked((writes: 0, abandoned: false))
        var abandoned: Bool { state.withLock { $0.abandoned } }

        func open() {}
        func write(_ data: Data, to path: String) throws(OutputError) {
            let count = state.withLock { state in
                state.writes += 1
                return state.writes
            }
            if count > 3 { throw .writeFailed(path: path, reason: "No space left on device") }
        }
        func keep(_ path: String, stamp: FileStamp?) -> Bool { false }
        func writeOnDemand(_ files: DeferredFiles) {}
        func publish(buildID: String?) {}
        func abandon() { state.withLock { $0.abandoned = true } }
        var stamps: [String: FileStamp]? { nil }
    }

    // MARK: the preview runs the same pipeline

    /// The preview serves what a build publishes, file for file (the search index made on
    /// request), but for robots.txt, which keeps search engines away from a preview.
    @Test func previewServesWhatABuildPublishes() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        _ = try Self.build(site, output: output, rendered: RenderCount())
        let published = IncrementalBuildTests.snapshot(output).filter { $0.key != SiteMarker.name }
        let snapshot = PreviewBuilder(root: site.root, clock: Self.clock).rebuild(changed: nil)
        #expect(snapshot.failure == nil)
        for (path, data) in published where path != "robots.txt" {
            #expect(snapshot.file(path) == data, "\(path) differs between the preview and a build")
        }
        #expect(Set(snapshot.files.keys).isSubset(of: Set(published.keys)))
        #expect(snapshot.file("robots.txt") == Data("User-agent: *\nDisallow: /\n".utf8))
    }

    /// A change saved while the site cannot be built is rendered by the first rebuild that
    /// succeeds, even when that rebuild is told only of the fix.
    @Test func previewRendersChangesMadeWhileTheSiteWasBroken() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let builder = PreviewBuilder(root: site.root, clock: Self.clock)
        _ = builder.rebuild(changed: nil)
        let contact = "content/pages/contact.md"
        let plan = "content/plan/index.md"
        let planText = try site.read(plan)
        try site.write(contact, try site.read(contact) + "\nA sentence added while the plan was broken.\n")
        try site.write(plan, "---\ntitle: [unclosed\n---\n")
        #expect(builder.rebuild(changed: [contact, plan]).failure != nil)
        try site.write(plan, planText)
        let rebuilt = builder.rebuild(changed: [plan])
        #expect(rebuilt.failure == nil)
        let fresh = PreviewBuilder(root: site.root, clock: Self.clock).rebuild(changed: nil)
        #expect(rebuilt.files.keys.sorted() == fresh.files.keys.sorted())
        for (path, data) in fresh.files where rebuilt.files[path] != data {
            Issue.record("\(path) differs from a fresh preview build")
        }
        #expect(
            String(decoding: rebuilt.files["contact/index.html"] ?? Data(), as: UTF8.self).contains("while the plan"))
    }
}
