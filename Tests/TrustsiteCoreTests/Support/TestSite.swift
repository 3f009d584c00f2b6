import Foundation
import Testing

@testable import TrustsiteCore

/// A copy of a fixture site in a temporary folder, changed as a test needs, then loaded or built.
struct TestSite {
    let root: URL

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Fixtures")
    }

    /// Copies `Tests/Fixtures/<name>` into a new temporary folder.
    init(fixture name: String = "minimal") throws {
        root = FileManager.default.temporaryDirectory.appending(path: "trustsite-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appending(path: name), to: root)
    }

    private init(root: URL) {
        self.root = root
    }

    /// The repository's own folder, which is the example site.
    static var repository: URL { fixtures.deletingLastPathComponent().deletingLastPathComponent() }

    /// Copies the example site (the repository's `trustsite.yml`, `content/` and `static/`) into a new temporary folder.
    static func example() throws -> TestSite {
        let site = TestSite(
            root: FileManager.default.temporaryDirectory.appending(path: "trustsite-test-\(UUID().uuidString)"))
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        for item in ["trustsite.yml", "content", "static"] {
            try FileManager.default.copyItem(at: repository.appending(path: item), to: site.root.appending(path: item))
        }
        return site
    }

    /// Copies the second example, `examples/<name>`, into a new temporary folder.
    static func example(_ name: String) throws -> TestSite {
        let site = TestSite(
            root: FileManager.default.temporaryDirectory.appending(path: "trustsite-test-\(UUID().uuidString)"))
        let source = repository.appending(path: "examples/\(name)")
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        for item in ["trustsite.yml", "content"] {
            try FileManager.default.copyItem(at: source.appending(path: item), to: site.root.appending(path: item))
        }
        return site
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = root.appending(path: relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ relativePath: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appending(path: relativePath))
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appending(path: relativePath), encoding: .utf8)
    }

    /// Replaces text in a file; fails the test when the text is not there.
    func replace(_ old: String, with new: String, in relativePath: String) throws {
        let text = try read(relativePath)
        #expect(text.contains(old), "fixture \(relativePath) no longer contains \(old)")
        try write(relativePath, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: root.appending(path: relativePath))
    }

    /// Loads the site; returns the content (nil if it could not be loaded) and every diagnostic.
    func load() -> (SiteContent?, [Diagnostic]) {
        let log = DiagnosticLog()
        let content = ContentLoader(root: root).load(log: log)
        return (content, log.diagnostics)
    }

    /// The diagnostics, formatted as the command line prints them.
    func messages() -> [String] {
        load().1.map(\.formatted)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
