import Foundation
import Testing

@testable import TrustsitePreview

/// Folders swapped by rename: the files now at the old paths are other files, so each of them must
/// be reported, and the watches must follow the folders now at those paths.
@Suite(.serialized) struct FolderSwapWatchTests {
    /// A site folder with two free-page folders whose files have the same names.
    final class Site {
        let root = FileManager.default.temporaryDirectory.appending(path: "trustsite-watch-\(UUID().uuidString)")

        init() throws {
            for (folder, text) in [("alpha", "Alpha"), ("beta", "Beta")] {
                try write("content/pages/\(folder)/index.md", text)
                try write("content/pages/\(folder)/more/notes.md", text)
            }
            try write("trustsite.yml", "title: Test\n")
            // All with one modification time, so only a watcher that looks past times sees a swap.
            let time = Date(timeIntervalSince1970: 1_700_000_000)
            for path in FolderSwapWatchTests.swappedFiles {
                try FileManager.default.setAttributes(
                    [.modificationDate: time], ofItemAtPath: root.appending(path: path).path)
            }
        }

        func write(_ path: String, _ text: String) throws {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func move(_ from: String, _ to: String) throws {
            try FileManager.default.moveItem(at: root.appending(path: from), to: root.appending(path: to))
        }

        func copy(_ from: String, _ to: String) throws {
            try FileManager.default.copyItem(at: root.appending(path: from), to: root.appending(path: to))
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    /// Gathers what a watcher reports.
    final class Reports: @unchecked Sendable {
        // Guarded by `lock`.
        private var paths: Set<String> = []
        private let lock = NSLock()

        func add(_ changed: Set<String>) { lock.withLock { paths.formUnion(changed) } }

        /// Waits (up to 5 s) until every path in `wanted` has been reported; returns what was.
        func waitFor(_ wanted: Set<String>) async -> Set<String> {
            for _ in 0..<500 {
                let seen = lock.withLock { paths }
                if wanted.isSubset(of: seen) { return seen }
                try? await Task.sleep(for: .milliseconds(10))
            }
            return lock.withLock { paths }
        }

        func clear() { lock.withLock { paths = [] } }
    }

    static let swappedFiles: Set<String> = [
        "content/pages/alpha/index.md", "content/pages/alpha/more/notes.md",
        "content/pages/beta/index.md", "content/pages/beta/more/notes.md",
    ]

    /// Runs `body` with each kind of watcher, each on a site of its own, stopping it afterwards.
    func withEachWatcher(_ body: (Site, any FileWatcher, Reports) async throws -> Void) async throws {
        var makers: [(URL) -> any FileWatcher] = [{ PollingWatcher(root: $0, interval: 0.05) }]
        #if os(Linux)
            makers.append { InotifyWatcher(root: $0) }
        #endif
        for make in makers {
            let site = try Site()
            let watcher = make(site.root)
            let reports = Reports()
            try watcher.start { reports.add($0) }
            defer { watcher.stop() }
            try await body(site, watcher, reports)
        }
    }

    @Test func twoFoldersExchangingNamesReportEveryFileInThem() async throws {
        try await withEachWatcher { site, watcher, reports in
            try site.move("content/pages/alpha", "content/pages/swap")
            try site.move("content/pages/beta", "content/pages/alpha")
            try site.move("content/pages/swap", "content/pages/beta")
            let seen = await reports.waitFor(Self.swappedFiles)
            #expect(Self.swappedFiles.isSubset(of: seen), "\(type(of: watcher)) reported \(seen.sorted())")
            // The watches followed: an edit in the folder now called alpha is reported as alpha's.
            reports.clear()
            try await Task.sleep(for: .milliseconds(100))
            try site.write("content/pages/alpha/more/notes.md", "Beta, edited")
            let edited = await reports.waitFor(["content/pages/alpha/more/notes.md"])
            #expect(
                edited.contains("content/pages/alpha/more/notes.md"), "\(type(of: watcher)) reported \(edited.sorted())"
            )
            #expect(
                !edited.contains("content/pages/beta/more/notes.md"), "\(type(of: watcher)) reported \(edited.sorted())"
            )
        }
    }

    @Test func aContentFolderReplacedByRenameIsWatchedAfresh() async throws {
        try await withEachWatcher { site, watcher, reports in
            try site.copy("content", "content.new")
            try site.write("content.new/pages/alpha/index.md", "Alpha, new")
            try site.move("content", "content.old")
            try site.move("content.new", "content")
            let seen = await reports.waitFor(Self.swappedFiles)
            #expect(Self.swappedFiles.isSubset(of: seen), "\(type(of: watcher)) reported \(seen.sorted())")
            reports.clear()
            try await Task.sleep(for: .milliseconds(100))
            // The old folder is no longer the content: its edits are not reported as content's.
            try site.write("content.old/pages/beta/index.md", "Beta, old, edited")
            try site.write("content/pages/alpha/more/notes.md", "Alpha, new, edited")
            let edited = await reports.waitFor(["content/pages/alpha/more/notes.md"])
            #expect(edited == ["content/pages/alpha/more/notes.md"], "\(type(of: watcher)) reported \(edited.sorted())")
        }
    }
}
