import Foundation
import Testing

@testable import TrustsiteCore

/// The pages' search stems a build made are kept in the build cache's binary file, and a rebuild
/// takes an unchanged page's stems from it instead of stemming its words again.
@Suite struct SearchStemsTests {
    @Test func stemsRoundTrip() throws {
        let pages: [String: SearchStems.Weights] = ["k1": [("care", 10), ("servic", 4)], "k2": []]
        let data = SearchStems.encode(pages)
        let decoded = try #require(SearchStems.decode(data))
        #expect(decoded.keys.sorted() == ["k1", "k2"])
        #expect(decoded["k1"]?.map(\.0) == ["care", "servic"] && decoded["k1"]?.map(\.1) == [10, 4])
        #expect(SearchStems.decode(data.dropLast()) == nil)
        #expect(SearchStems.decode(Data("trustsite-search-stems 0".utf8)) == nil)
    }

    /// Shown by altering the stored stems, which only pages not stemmed again can show; the
    /// changed page is stemmed again, and `--clean` stems every page.
    @Test func rebuildTakesUnchangedPagesStems() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        _ = try IncrementalBuildTests.build(site, output: output, clean: false)
        let url = BuildFingerprint.cacheFolder(for: output).appending(path: SearchStems.fileName)
        let stored = try #require(SearchStems.decode(try Data(contentsOf: url)))
        #expect(stored.count > 1)
        try SearchStems.encode(stored.mapValues { _ in [("zzstored", 7)] }).write(to: url)

        let changed = "content/pages/have-your-say.md"
        try site.write(changed, try site.read(changed) + "\nA sentence about quokkas.\n")
        _ = try IncrementalBuildTests.build(site, output: output, clean: false)
        let words = try Self.searchWords(output)
        #expect(words.contains("\"zzstored\"") && words.contains("\"quokka\""))

        _ = try IncrementalBuildTests.build(site, output: output, clean: true)
        #expect(!(try Self.searchWords(output)).contains("zzstored"))
    }

    static func searchWords(_ output: URL) throws -> String {
        let folder = output.appending(path: "search")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("words-") }
            .map { try String(contentsOf: folder.appending(path: $0), encoding: .utf8) }.joined()
    }
}
