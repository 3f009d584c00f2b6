import Foundation
import Testing

/// `--output` (or `site/`) as a symbolic link to the web root: the build publishes into the folder
/// it leads to and keeps the link; a link that leads nowhere is refused.
@Suite struct OutputLinkCommandTests {
    @Test func buildPublishesThroughTheLink() throws {
        let site = try FixtureCopy()
        let webRoot = TrustsiteBinary.temporaryFolder()
        defer {
            site.cleanUp()
            try? FileManager.default.removeItem(at: webRoot)
        }
        let target = webRoot.appending(path: "html")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let link = site.root.appending(path: "site")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        for _ in 0..<2 {
            let result = try TrustsiteBinary.run(["build", "--today", "2026-11-22", "--clean"], in: site.root)
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(FileManager.default.fileExists(atPath: target.appending(path: "plan/index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: webRoot.path).sorted() == [".html.lock", "html"])
    }

    @Test func danglingLinkIsRefused() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let link = site.root.appending(path: "published")
        let nowhere = site.root.appending(path: "nowhere/html")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: nowhere.path)
        let result = try TrustsiteBinary.run(
            ["build", "--today", "2026-11-22", "--output", "published"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: refusing to publish through \(link.path): it is a symbolic link to \(nowhere.path), "
                + "which does not exist, so there is no folder to publish into. Create the folder it leads to "
                + "(empty) and build again, or build into a folder of your own with --output DIR. The link and "
                + "the site it leads to are untouched.\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == nowhere.path)
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "nowhere").path))
    }
}
