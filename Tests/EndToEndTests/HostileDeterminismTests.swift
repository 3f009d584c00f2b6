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

    /// The benchmark's generated pages (bench/gen_corpus.py, fixed seed) added to two copies of the
    /// example, the second made a second later: both build to the same bytes.
    @Test func benchmarkCorpusBuildsByteIdentically() throws {
        let corpus = TrustsiteBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3", TrustsiteBinary.packageRoot.appending(path: "bench/gen_corpus.py").path, "--count", "200",
            "--out", corpus.path,
        ]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0)

        var outputs: [URL] = []
        var roots: [URL] = []
        defer { for root in roots { try? FileManager.default.removeItem(at: root) } }
        for round in 0..<2 {
            if round == 1 { Thread.sleep(forTimeInterval: 1.1) }
            let root = try Self.copyOfExample()
            roots.append(root)
            try FileManager.default.copyItem(at: corpus, to: root.appending(path: "content/pages/bench"))
            let result = try TrustsiteBinary.run(["build", "--site", root.path, "--today", "2026-11-22"])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(root.appending(path: "site"))
        }
        let one = TrustsiteBinary.snapshot(outputs[0])
        let two = TrustsiteBinary.snapshot(outputs[1])
        #expect(one.keys.filter { $0.hasPrefix("bench/") }.count == 200)
        #expect(one.keys.sorted() == two.keys.sorted())
        let differing = one.keys.sorted().filter { one[$0] != two[$0] }
        #expect(differing.isEmpty, "differ between the two builds: \(differing.prefix(10))")
    }
}
