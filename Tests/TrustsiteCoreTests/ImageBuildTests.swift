import Foundation
import Testing

@testable import TrustsiteCore

/// Content images are published without metadata, with narrower copies and WebP versions, and
/// shown with their size, a `srcset` and lazy loading; processing is cached between builds.
@Suite struct ImageBuildTests {
    /// `Tests/Fixtures/images/<name>` (see make-fixtures.py there).
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: TestSite.fixtures.appending(path: "images/\(name)")))
    }

    /// The about page showing a 1000 × 600 phone photo (EXIF with a GPS position) twice: once
    /// relative to the page, once by its address with a title.
    @Sendable static func addPhoto(_ site: TestSite) throws {
        try site.write(
            "content/pages/about/index.md",
            "---\ntitle: About us\ndescription: Who we are.\n---\n\n![The team at the hub](team.jpg)\n\n"
                + "Our team.\n\n![The team again](/about/team.jpg \"At the opening\")\n")
        try site.writeBytes("content/pages/about/team.jpg", try fixture("phone-photo.jpg"))
    }

    /// Metadata a phone photo carries that must never be published.
    static let metadataMarkers = ["Exif", "EXIF", "PhoneCam", "XMP", "http://ns.adobe.com/xap"]

    static func contains(_ data: Data, _ text: String) -> Bool {
        data.firstRange(of: Data(text.utf8)) != nil
    }

    /// A priority's image and link written relative to its own page (`../hub.jpg` from
    /// `/plan/priorities/p1-health/`) still work in the whole plan on `/plan/whole/`, where the same
    /// relative addresses would lead one folder too high: they are written from the site's root there.
    @Test func relativeAddressesInAChapterWorkInTheWholePlan() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let priority = "content/plan/priorities/p1-health.md"
        let text = try String(contentsOf: site.root.appending(path: priority), encoding: .utf8)
        let end = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
        try site.write(
            priority,
            text[..<end.upperBound] + "\n![The hub's front door](../hub.jpg)\n\nSee [our vision](../../vision/).\n"
                + text[end.upperBound...])
        try site.writeBytes("content/plan/priorities/hub.jpg", try Self.fixture("phone-photo.jpg"))
        let (output, summary, diagnostics) = try PublishedFileTests.build(site)
        #expect(summary != nil, "\(diagnostics.map(\.formatted))")
        let whole = try String(contentsOf: output.appending(path: "plan/whole/index.html"), encoding: .utf8)
        #expect(whole.contains("<img src=\"/plan/priorities/hub.jpg\" alt=\"The hub's front door\" width=\"1000\""))
        #expect(whole.contains("<a href=\"/plan/vision/\">our vision</a>"))
        #expect(!whole.contains("../hub.jpg"))
        let own = try String(
            contentsOf: output.appending(path: "plan/priorities/p1-health/index.html"), encoding: .utf8)
        #expect(own.contains("<img src=\"../hub.jpg\""))
    }

    @Test func theFixtureCarriesAGPSPosition() throws {
        let photo = Data(try Self.fixture("phone-photo.jpg"))
        #expect(Self.contains(photo, "Exif") && Self.contains(photo, "PhoneCam"))
        // GPSLatitudeRef "N" in the GPS IFD (tag 1, ASCII, 2).
        #expect(photo.firstRange(of: Data([0, 1, 0, 2, 0, 0, 0, 2, 0x4E])) != nil)
    }

    @Test func everyPublishedImageHasItsCopiesAndNoMetadata() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addPhoto(site)
        let (output, summary, diagnostics) = try PublishedFileTests.build(site)
        #expect(summary != nil, "\(diagnostics.map(\.formatted))")
        let names = ["team.jpg", "team.webp"] + [320, 640, 960].flatMap { ["team-\($0)w.jpg", "team-\($0)w.webp"] }
        for name in names {
            let data = try Data(contentsOf: output.appending(path: "about/\(name)"))
            for marker in Self.metadataMarkers { #expect(!Self.contains(data, marker), "\(name) holds \(marker)") }
            if name.hasSuffix(".jpg") {
                #expect(data.prefix(2) == Data([0xFF, 0xD8]))
                #expect(data.firstRange(of: Data([0xFF, 0xE1])) == nil, "\(name) has an APP1 segment")
            } else {
                #expect(data.prefix(4) == Data("RIFF".utf8))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "about/team-1280w.jpg").path))
        let loaded = SiteLoader(root: site.root).load(log: DiagnosticLog())
        let facts = try #require(loaded?.content.imageFacts["/about/team.jpg"])
        #expect(facts.width == 1000 && facts.height == 600)
        #expect(facts.renditions.map(\.width) == [1000, 1000, 320, 320, 640, 640, 960, 960])
    }

    @Test func pagesGiveSizeSrcsetWebPAndLazyLoadingToAllButTheFirst() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addPhoto(site)
        let (output, _, _) = try PublishedFileTests.build(site)
        let page = try String(contentsOf: output.appending(path: "about/index.html"), encoding: .utf8)
        let sizes = "sizes=\"(max-width: 760px) 100vw, 760px\""
        #expect(
            page.contains(
                "<picture><source type=\"image/webp\" srcset=\"team-320w.webp 320w, team-640w.webp 640w, "
                    + "team-960w.webp 960w, team.webp 1000w\" \(sizes)><img src=\"team.jpg\" alt=\"The team at the hub\" "
                    + "width=\"1000\" height=\"600\" srcset=\"team-320w.jpg 320w, team-640w.jpg 640w, team-960w.jpg 960w, "
                    + "team.jpg 1000w\" \(sizes) loading=\"eager\" decoding=\"async\"></picture>"), "\(page)")
        #expect(
            page.contains(
                "<img src=\"/about/team.jpg\" alt=\"The team again\" title=\"At the opening\" width=\"1000\" "
                    + "height=\"600\" srcset=\"/about/team-320w.jpg 320w, /about/team-640w.jpg 640w, "
                    + "/about/team-960w.jpg 960w, /about/team.jpg 1000w\" \(sizes) loading=\"lazy\" decoding=\"async\">"
            ))
        #expect(page.components(separatedBy: "loading=\"eager\"").count == 2)
    }

    @Test func imagesItDoesNotKnowAreLeftAlone() {
        let facts = ImageFacts(
            width: 500, height: 100,
            renditions: [
                ImageRendition(url: "/a.webp", width: 500, height: 100, isWebP: true, size: 10),
                ImageRendition(url: "/a-320w.webp", width: 320, height: 64, isWebP: true, size: 5),
            ], cacheKey: "k")
        let markup = PictureMarkup(facts: ["/a.webp": facts], baseURL: "https://children.example/")
        let external =
            "<p><img src=\"https://elsewhere.example/a.webp\" alt=\"x\" /><img src=\"/b.webp\" alt=\"y\"></p>"
        #expect(markup.mark(external, pageURL: "/") == external)
        #expect(markup.mark("<p>No images</p>", pageURL: "/") == "<p>No images</p>")
        // A WebP needs no <picture>; a relative address resolves against the page's.
        #expect(
            markup.mark("<img src=\"../a.webp\" alt=\"\" />", pageURL: "/x/")
                == "<img src=\"../a.webp\" alt=\"\" width=\"500\" height=\"100\" srcset=\"../a-320w.webp 320w, "
                + "../a.webp 500w\" sizes=\"(max-width: 500px) 100vw, 500px\" loading=\"eager\" decoding=\"async\">")
    }

    @Test func aSecondBuildTakesEveryImageFromTheCacheAndIsByteIdentical() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addPhoto(site)
        let (output, first, _) = try PublishedFileTests.build(site, clean: true)
        #expect(first?.imagesProcessed == 1)
        let built = IncrementalBuildTests.snapshot(output)
        let (_, second, _) = try PublishedFileTests.build(site, clean: true)
        #expect(second?.imagesProcessed == 0)
        #expect(IncrementalBuildTests.snapshot(output) == built)
        // Processed again from nothing (another output, so another cache), the bytes are the same.
        let other = site.root.appending(path: "other")
        let builder = SiteBuilder(
            options: .init(siteRoot: site.root, output: other, clock: BuildClock(today: Day(iso: checkToday)!)))
        let fresh = try builder.build(log: DiagnosticLog()).summary
        #expect(fresh?.imagesProcessed == 1)
        #expect(IncrementalBuildTests.snapshot(other) == built)
    }

    @Test func aCacheThatCannotBeWrittenKeepsTheBuildsImagesInMemory() throws {
        let cache = ImageCache(folder: URL(fileURLWithPath: "/dev/null/images"))
        cache.store(ImageCache.Entry(width: 2, height: 1, renditions: [(2, 1, Data([1, 2, 3]))]), for: "k")
        #expect(cache.entry(for: "k")?.renditions.first?.bytes == Data([1, 2, 3]))
        #expect(cache.processed == 1)
    }

    @Test(arguments: [
        ("a truncated photo", "truncated or damaged"),
        ("text named .jpg", "not a JPEG, PNG or WebP image"),
        ("an empty file", "the file is empty"),
    ])
    func aBrokenImageIsAnErrorAtItsFile(kind: String, message: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addPhoto(site)
        let photo = try Self.fixture("phone-photo.jpg")
        let bytes: [UInt8] =
            switch kind {
            case "a truncated photo": Array(photo.prefix(photo.count / 2))
            case "text named .jpg": Array("This is the team photo, honestly.\n".utf8)
            default: []
            }
        try site.writeBytes("content/pages/about/team.jpg", bytes)
        let (_, summary, diagnostics) = try PublishedFileTests.build(site)
        #expect(summary == nil)
        let error = try #require(diagnostics.first { $0.location.file == "content/pages/about/team.jpg" })
        #expect(error.severity == .error)
        #expect(error.message.hasPrefix("this image cannot be published: "), "\(error.message)")
        #expect((error.message + " " + (error.hint ?? "")).contains(message), "\(error.message)")
        #expect(error.hint?.isEmpty == false)
    }

    @Test func aCopysAddressTakenByAnotherFileIsAnError() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addPhoto(site)
        try site.writeBytes("content/pages/about/team-640w.jpg", try Self.fixture("small-photo.jpg"))
        let diagnostics = site.check()
        let error = try #require(
            diagnostics.first { $0.location.file == "content/pages/about/team-640w.jpg" && $0.severity == .error },
            "\(diagnostics.map(\.formatted))")
        #expect(error.message.contains("a copy trustsite makes of content/pages/about/team.jpg"), "\(error.message)")
    }

    @Test func anImageOverTheBudgetIsAWarningWithItsSize() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write(
            "content/pages/noise.md", "---\ntitle: Noise\ndescription: Grain.\n---\n\n![Grey grain](/noise.png)\n")
        try site.writeBytes("content/pages/noise.png", TestPNG.noise(width: 460, height: 460))
        let findings = site.findings("SITE-IMAGE-SIZE")
        let warning = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "content/pages/noise.png")
        #expect(warning.message.contains("KB at 460 × 460 pixels"), "\(warning.message)")
        #expect(site.findings("SITE-IMAGE-SIZE", strict: false).count == 1)
        try site.writeBytes("content/pages/noise.png", TestPNG.noise(width: 100, height: 100))
        #expect(site.findings("SITE-IMAGE-SIZE").isEmpty)
    }

    @Test func altTextRulesStillCoverProcessedImages() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try Self.addPhoto(site)
        try site.replace("![The team at the hub](team.jpg)", with: "![](team.jpg)", in: "content/pages/about/index.md")
        let findings = site.findings("SITE-ALT-TEXT")
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("team.jpg") == true)
    }
}

/// `trustsite check` keeps the images it processes in the cache of the site's own `site/` folder,
/// so a check after a build, or a second check, encodes nothing.
@Suite struct ImageCheckCacheTests {
    @Test func checkKeepsProcessedImagesBesideTheDefaultOutput() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try ImageBuildTests.addPhoto(site)
        let folder = BuildFingerprint.cacheFolder(for: site.root.appending(path: "site")).appending(path: "images")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        guard
            case .checked = SiteInspection(
                root: site.root, clock: BuildClock(today: try #require(Day(iso: "2026-11-30")))
            ).run()
        else {
            Issue.record("the site could not be checked")
            return
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(kept.count == 1)
        // The cache a later check or build reads: the same entry, found without encoding.
        let cache = ImageCache(folder: folder)
        #expect(cache.entry(for: try #require(kept.first)) != nil)
        #expect(cache.processed == 0)
    }
}
