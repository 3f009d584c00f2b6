import Foundation
import Testing

@testable import TrustsiteCore

/// The output is swapped into place atomically, and what a killed build leaves behind is recovered
/// or removed by the next build (the long run with real SIGKILLs is scripts/kill-test.sh).
@Suite struct HostileOutputTests {
    /// A folder holding a site folder (`root/site-src`, which the writer must never touch) and the output `root/site`.
    struct Place {
        let root: URL
        var output: URL { root.appending(path: "site") }
        var siteRoot: URL { root.appending(path: "site-src") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appending(path: "trustsite-output-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: root.appending(path: "site-src/content"), withIntermediateDirectories: true)
        }

        /// Builds a complete fake site whose every file says `version`.
        @discardableResult
        func publish(_ version: String, exchange: Bool = true) throws -> SiteWriter.Swap {
            var writer = try SiteWriter(output: output, siteRoot: siteRoot)
            writer.allowsExchange = exchange
            for path in Self.files { try writer.write(Data("\(version) \(path)\n".utf8), to: path) }
            return try writer.commit()
        }

        static let files = ["index.html", "plan/index.html", "offer/hub/index.html", "assets/site.css"]

        /// Every file of `folder` (relative path → text).
        func contents(of folder: URL) -> [String: String] {
            var result: [String: String] = [:]
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
            for case let path as String in enumerator {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder.appending(path: path).path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    result[path] = (try? String(contentsOf: folder.appending(path: path), encoding: .utf8)) ?? "?"
                }
            }
            return result
        }

        func isComplete(_ version: String, _ folder: URL? = nil) -> Bool {
            let files = contents(of: folder ?? output)
            return Set(files.keys) == Set(Self.files + [SiteWriter.markerName])
                && Self.files.allSatisfy { files[$0] == "\(version) \($0)\n" }
        }

        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.") }.sorted()
        }

        func cleanUp() { try? FileManager.default.removeItem(at: root) }
    }

    /// A process id no process has (so its folders count as left by a killed build).
    static var deadPID: Int32 {
        var pid: Int32 = 4_194_000
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }

    @Test func firstBuildIsOneRename() throws {
        let place = try Place()
        defer { place.cleanUp() }
        #expect(try place.publish("v1") == .rename)
        #expect(place.isComplete("v1"))
        #expect(try place.leftovers() == [])
    }

    @Test func laterBuildsAreSwappedAtomically() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish("v1")
        let swap = try place.publish("v2")
        #if os(Linux)
            #expect(swap == .exchange, "renameat2(RENAME_EXCHANGE) should work on Linux's temporary folder")
        #endif
        #expect(place.isComplete("v2"))
        #expect(try place.leftovers() == [])
    }

    @Test func twoRenameFallbackLeavesNothingBehind() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish("v1")
        #expect(try place.publish("v2", exchange: false) == .twoRenames)
        #expect(place.isComplete("v2"))
        #expect(try place.leftovers() == [])
    }

    /// Killed between the two renames of the fallback: no output, the previous site aside, a staging folder.
    @Test func killBetweenTheTwoRenamesIsRecovered() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish("v1")
        let dead = Self.deadPID
        let previous = place.root.appending(path: ".site.previous-\(dead)")
        let staging = place.root.appending(path: ".site.staging-\(dead)")
        try FileManager.default.moveItem(at: place.output, to: previous)
        try FileManager.default.createDirectory(at: staging.appending(path: "plan"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appending(path: "index.html"))
        #expect(!FileManager.default.fileExists(atPath: place.output.path))

        // Merely starting the next build puts the previous site back and clears the leftovers...
        let writer = try SiteWriter(output: place.output, siteRoot: place.siteRoot)
        #expect(place.isComplete("v1"))
        #expect(try place.leftovers() == [".site.staging-\(ProcessInfo.processInfo.processIdentifier)"])
        writer.abandon()
        #expect(try place.leftovers() == [])
        // ...and that build then replaces it as usual.
        try place.publish("v2")
        #expect(place.isComplete("v2"))
        #expect(try place.leftovers() == [])
    }

    /// Killed after the exchange but before the old tree was removed: the new site is in place.
    @Test func killAfterTheExchangeKeepsTheNewSite() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish("v2")
        let dead = Self.deadPID
        let oldTree = place.root.appending(path: ".site.staging-\(dead)")
        try FileManager.default.createDirectory(at: oldTree.appending(path: "plan"), withIntermediateDirectories: true)
        try Data("v1".utf8).write(to: oldTree.appending(path: "index.html"))
        try Data().write(to: oldTree.appending(path: SiteWriter.markerName))
        try place.publish("v3")
        #expect(place.isComplete("v3"))
        #expect(try place.leftovers() == [])
    }

    /// Output present and a previous folder of a dead build: the previous one is stale.
    @Test func stalePreviousBesideAnOutputIsRemoved() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish("v1")
        let previous = place.root.appending(path: ".site.previous-\(Self.deadPID)")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        try Data().write(to: previous.appending(path: SiteWriter.markerName))
        try place.publish("v2")
        #expect(place.isComplete("v2"))
        #expect(try place.leftovers() == [])
    }

    /// Folders of a build that is still running (here: process 1) are never touched.
    @Test func foldersOfALiveBuildAreLeftAlone() throws {
        let place = try Place()
        defer { place.cleanUp() }
        try place.publish("v1")
        let staging = place.root.appending(path: ".site.staging-1")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try place.publish("v2")
        #expect(try place.leftovers() == [".site.staging-1"])
    }

    /// A previous folder without the marker was not written by trustsite: it is not restored.
    @Test func foreignPreviousFolderIsNotRestored() throws {
        let place = try Place()
        defer { place.cleanUp() }
        let foreign = place.root.appending(path: ".site.previous-\(Self.deadPID)")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("someone else's".utf8).write(to: foreign.appending(path: "notes.txt"))
        #expect(SiteWriter.recover(output: place.output) == nil)
        #expect(!FileManager.default.fileExists(atPath: place.output.path))
    }

    @Test(arguments: [
        "../outside.html", "/etc/passwd", "plan/../../outside.html", "", "plan//index.html", "./index.html",
        "plan/..", "a\u{0}b", SiteWriter.markerName,
    ])
    func pathsOutsideTheOutputAreRefused(_ path: String) throws {
        let place = try Place()
        defer { place.cleanUp() }
        let writer = try SiteWriter(output: place.output, siteRoot: place.siteRoot)
        defer { writer.abandon() }
        #expect(throws: OutputError.self) { try writer.write(Data("x".utf8), to: path) }
        #expect(!FileManager.default.fileExists(atPath: place.root.appending(path: "outside.html").path))
    }

    @Test func errorForAnEscapingPathSaysWhat() {
        let message = OutputError.escapingPath(path: "../x.html").description
        #expect(
            message.hasPrefix("refusing to write '../x.html': the address would put a file outside the site folder."))
    }

    /// `--output` through a symbolic link into the site's content is as unsafe as naming it directly.
    @Test func outputLinkedIntoContentIsRefused() throws {
        let place = try Place()
        defer { place.cleanUp() }
        let link = place.root.appending(path: "published")
        try FileManager.default.createSymbolicLink(
            at: link, withDestinationURL: place.siteRoot.appending(path: "content"))
        #expect(throws: OutputError.self) { try SiteWriter(output: link, siteRoot: place.siteRoot) }
    }
}
