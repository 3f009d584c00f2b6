import Foundation
import Testing

@testable import TrustsiteCore

/// Replays every input in Tests/Fixtures/fuzz-regressions/ the way the fuzzer ran it: the input
/// replaces one file of the minimal fixture, which is then loaded (and, for whole-site inputs,
/// built as a draft). Each must finish, quickly, without crashing.
@Suite(.timeLimit(.minutes(2))) struct HostileFuzzRegressionTests {
    /// The files an input can replace, in the order of `FuzzHarness.targets` (Sources/trustsite-fuzz).
    static let targets = [
        "trustsite.yml", "content/board/board.yml", "content/board/index.md", "content/plan/index.md",
        "content/plan/priorities/p1-health.md", "content/plan/sections/vision.md", "content/reviews/2025-26.md",
        "content/offer/services/youth-club.md", "content/offer/index.md", "content/pages/contact.md",
    ]

    static var inputs: [String] {
        let folder = TestSite.fixtures.appending(path: "fuzz-regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test func everyInputIsReplayable() {
        #expect(Self.targets.count == 10)
        // The folder holds only a README until the fuzzer finds something; the replay below is then empty.
        #expect(
            FileManager.default.fileExists(atPath: TestSite.fixtures.appending(path: "fuzz-regressions/README.md").path)
        )
    }

    @Test(arguments: inputs)
    func replay(_ name: String) throws {
        let data = try Data(contentsOf: TestSite.fixtures.appending(path: "fuzz-regressions/\(name)"))
        guard let selector = data.first else { return }
        let site = try TestSite()
        defer { site.cleanUp() }
        let target = Self.targets[Int(selector & 0x0F) % Self.targets.count]
        try data.dropFirst().write(to: site.root.appending(path: target))
        if selector & 0x40 != 0 {
            if selector & 0x80 != 0, target != "trustsite.yml" {
                let config = try site.read("trustsite.yml")
                try site.write("trustsite.yml", config + "\nallow_raw_html: true\n")
            }
            let output = FileManager.default.temporaryDirectory.appending(path: "trustsite-fuzz-\(UUID().uuidString)")
            defer {
                try? FileManager.default.removeItem(at: output)
                try? FileManager.default.removeItem(at: BuildFingerprint.cacheFolder(for: output))
            }
            let builder = SiteBuilder(
                options: .init(
                    siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!), draft: true)
            )
            _ = try? builder.build(log: DiagnosticLog())
        } else {
            _ = site.load()
        }
    }
}
