import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct SearchIndexTests {
    @Test func wordsAndStems() {
        #expect(SearchText.words("Children's mental-health services, 2026!") == ["childrens", "mental", "health", "services", "2026"])
        #expect(SearchText.stem("services") == SearchText.stem("service"))
        #expect(SearchText.stem("caring") == SearchText.stem("care"))
        #expect(SearchText.stem("stopped") == "stop")
        #expect(SearchText.stem("families") == SearchText.stem("family"))
        #expect(SearchText.stem("status") == "status")
        #expect(SearchText.shard("mental") == "me")
        #expect(SearchText.shard("école") == "other")
    }

    @Test func indexIsShardedAndPointsAtPages() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let index = SearchIndex(content: content)
        let files = index.files
        let meta = try #require(files["search/meta.json"])
        #expect(meta == "{\"pages\":\(index.entries.count),\"pagesPerFile\":500}\n")
        let youthEntry = try #require(index.entries.firstIndex { $0.url == "/offer/youth-club/" })
        let terms = try #require(files["search/terms-yo.json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(terms.utf8)) as? [String: [[Int]]])
        let youth = try #require(parsed[SearchText.stem("youth")])
        #expect(youth.contains { $0[0] == youthEntry && $0[1] >= 10 })
        let pages = try #require(files["search/pages-0.json"])
        #expect(pages.contains("[\"/offer/youth-club/\",\"Fernlow Youth Club\",\"Evening activities for young people.\"]"))
    }
}
