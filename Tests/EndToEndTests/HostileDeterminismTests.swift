import Foundation
import Testing

/// The same input builds to the same bytes: from different folders, at different times (file
/// times differ), with the date pinned. scripts/determinism.sh does the same over 1,000 pages.
@Suite struct HostileDeterminismTests {
    /// A copy of the example site (trustsite.yml, content/, templates/) in a new temporary folder.
    static func copyOfExample() throws -> URL {
        let root = TrustsiteBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["trustsite.yml", "content", "templates"] {
            let source = TrustsiteBinary.packageRoot.appending(path: name)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: root.appending(path: name))
            }
        }
        return root
    }

    @Test func exampleBuildsByteIdenticallyInOtherFoldersAtOtherTimes() throws {
        let first = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: first) }
        let a = try TrustsiteBinary.run(["build", "--site", first.path, "--today", "2026-11-22"])
        #expect(a.status == 0, "\(a.stderr)")

        Thread.sleep(forTimeInterval: 1.1)  // every file time and the clock differ for the second copy
        let second = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: second) }
        let output = second.appending(path: "elsewhere/published")
        let b = try TrustsiteBinary.run([
            "build", "--site", second.path, "--output", output.path, "--today", "2026-11-22",
        ])
        #expect(b.status == 0, "\(b.stderr)")

        let one = TrustsiteBinary.snapshot(first.appending(path: "site"))
        let two = TrustsiteBinary.snapshot(output)
        #expect(one.count > 50)
        #expect(one.keys.sorted() == two.keys.sorted())
        let differing = one.keys.sorted().filter { one[$0] != two[$0] }
        #expect(differing.isEmpty, "differ between the two builds: \(differing.prefix(10))")
    }
}
