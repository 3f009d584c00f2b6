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
        #expect(meta == "{\"pages\":\(index.entries.count),\"pagesPerFile\":25}\n")
        let youthEntry = try #require(index.entries.firstIndex { $0.url == "/offer/youth-club/" })
        // The word list for "yo" gives the word's number and how many pages have it...
        let words = try #require(files["search/words-yo.json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(words.utf8)) as? [String: [Int]])
        let youth = try #require(parsed[SearchText.stem("youth")])
        // ...and its postings file lists those pages, best first, the title weighing most.
        let postings = try #require(files["search/t\(youth[0]).json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(postings.utf8)) as? [[Int]])
        #expect(list.count == youth[1])
        #expect(list.first?[0] == youthEntry)
        #expect((list.first?[1] ?? 0) >= 10)
        let pageFile = "search/pages-\(youthEntry / 25).json"
        let pages = try #require(files[pageFile])
        #expect(pages.contains("[\"/offer/youth-club/\",\"Fernlow Youth Club\",\"Evening activities for young people.\"]"))
    }
}
