import Foundation
import Testing

@testable import TrustsiteCore

/// Replays every input in Tests/Fixtures/fuzz-regressions/ the way the fuzzer ran it: the input
/// replaces one file of the minimal fixture, which is then loaded (and, for whole-site inputs,
/// built). Each must finish, quickly, without crashing, and a build must not publish its payload.
@Suite(.timeLimit(.minutes(2))) struct HostileFuzzRegressionTests {
    /// The files an input can replace, in order: Tests/Fixtures/fuzz-targets.txt, which the fuzz
    /// target and scripts/fuzz.sh read too.
    static let targets: [String] = {
        let list = TestSite.fixtures.appending(path: "fuzz-targets.txt")
        let text = (try? String(contentsOf: list, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: " ").first }
            .map(String.init)
    }()

    static var inputs: [String] {
        let folder = TestSite.fixtures.appending(path: "fuzz-regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    /// The replay must replay something: an empty folder would pass without running a thing.
    @Test func theRegressionsAndTargetsAreThere() {
        #expect(Self.targets.count == 10)
        for target in Self.targets {
            #expect(
                FileManager.default.fileExists(atPath: TestSite.fixtures.appending(path: "minimal/\(target)").path),
                "\(target)")
        }
        #expect(Self.inputs.count >= 10, "Tests/Fixtures/fuzz-regressions holds \(Self.inputs.count) inputs")
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
            // A real build (not a draft): with raw HTML allowed, the check must refuse what is unsafe.
            let builder = SiteBuilder(
                options: .init(siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!))
            )
            _ = try? builder.build(log: DiagnosticLog())
            for (path, html) in Self.pages(in: output) {
                #expect(
                    !Self.payloads.contains { UTF8Search.contains(html, $0) }, "\(name) published a payload in \(path)")
            }
        } else {
            _ = site.load()
        }
    }

    /// The markup the saved inputs try to publish (every one sets window.__pwned when it runs), as
    /// it reads only when it is markup: escaped, each starts with `&lt;`.
    static let payloads = ["<img src=x", "<script>window", "<a href=\"jav", " onmouseover=\"window"]

    /// Every HTML page a build published, by path.
    static func pages(in folder: URL) -> [(String, String)] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return paths.filter { $0.hasSuffix(".html") }.sorted().compactMap { path in
            (try? String(contentsOf: folder.appending(path: path), encoding: .utf8)).map { (path, $0) }
        }
    }
}
