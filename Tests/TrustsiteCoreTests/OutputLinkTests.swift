import Foundation
import Testing

@testable import TrustsiteCore

/// An output that is a symbolic link (`site -> /var/www/html`) is published through: the folder it
/// leads to is swapped, with the staging folder and spare site beside it, and the link stays.
@Suite struct OutputLinkTests {
    /// A site, and beside it a web root `www/html` the output link may lead to.
    struct Place {
        let site: TestSite
        let webRoot: URL
        var link: URL { site.root.appending(path: "site") }
        var target: URL { webRoot.appending(path: "html") }

        init() throws {
            site = try TestSite()
            webRoot = FileManager.default.temporaryDirectory.appending(path: "trustsite-www-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
        }

        func build() throws(SiteBuilder.Failure) -> BuildOutcome {
            try SiteBuilder(
                options: .init(siteRoot: site.root, output: link, clock: BuildClock(today: Day(iso: "2026-11-22")!))
            )
            .build(log: DiagnosticLog())
        }

        func destination() -> String? {
            try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)
        }

        func cleanUp() {
            site.cleanUp()
            try? FileManager.default.removeItem(at: webRoot)
        }
    }

    @Test func outputLinkIsPublishedThroughAndKept() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try FileManager.default.createDirectory(at: place.target, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: place.link.path, withDestinationPath: place.target.path)

        _ = try place.build()
        #expect(place.destination() == place.target.path)
        #expect(FileManager.default.fileExists(atPath: place.target.appending(path: "plan/index.html").path))
        #expect(SiteMarker.buildID(in: place.target) != nil)

        // A rebuild swaps the web root again (it starts from the spare site kept beside it).
        try place.site.replace(
            "Sports, music and a quiet room.", with: "Sports.", in: "content/offer/services/youth-club.md")
        let summary = try place.build()
        #expect(!summary.isUpToDate)
        #expect(place.destination() == place.target.path)
        let service = try String(
            contentsOf: place.target.appending(path: "offer/youth-club/index.html"), encoding: .utf8)
        #expect(service.contains("Sports."))
        #expect(!service.contains("a quiet room"))
        #expect(try place.build().isUpToDate)

        // The staging folder, the spare site and the lock live beside the web root, not beside the link.
        let besideTarget = try FileManager.default.contentsOfDirectory(atPath: place.webRoot.path).sorted()
        #expect(besideTarget == [".html.lock", ".html.spare", "html"])
        let besideLink = try FileManager.default.contentsOfDirectory(atPath: place.site.root.path)
        #expect(besideLink.filter { $0.hasPrefix(".site") }.sorted() == [".site-cache"])
    }

    /// A link that leads nowhere is refused, naming the link, where it leads and what to do; it is left as it is.
    @Test func danglingOutputLinkIsRefused() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: place.link.path, withDestinationPath: place.target.path)
        do {
            _ = try place.build()
            Issue.record("a dangling output link must be refused")
        } catch {
            guard case .output(let outputError) = error else {
                Issue.record("expected an output error, got \(error)")
                return
            }
            let expected: String =
                "refusing to publish through \(place.link.path): it is a symbolic link to \(place.target.path), "
                + "which does not exist, so there is no folder to publish into. Create the folder it leads to "
                + "(empty) and build again, or build into a folder of your own with --output DIR. The link and "
                + "the site it leads to are untouched."
            #expect(outputError.description == expected)
        }
        #expect(place.destination() == place.target.path)
        #expect(!FileManager.default.fileExists(atPath: place.target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.webRoot.path) == [])
    }

    /// A link to a file is refused as well.
    @Test func outputLinkToAFileIsRefused() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try Data("not a folder".utf8).write(to: place.target)
        try FileManager.default.createSymbolicLink(atPath: place.link.path, withDestinationPath: place.target.path)
        #expect(throws: SiteBuilder.Failure.self) { try place.build() }
        #expect(place.destination() == place.target.path)
        #expect(try String(contentsOf: place.target, encoding: .utf8) == "not a folder")
    }
}
