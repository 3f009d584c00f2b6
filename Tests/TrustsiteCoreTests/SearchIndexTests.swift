import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct SearchIndexTests {
    @Test func wordsAndStems() {
        #expect(
            SearchText.words("Children's mental-health services, 2026!") == [
                "childrens", "mental", "health", "services", "2026",
            ])
        #expect(SearchText.stem("services") == SearchText.stem("service"))
        #expect(SearchText.stem("caring") == SearchText.stem("care"))
        #expect(SearchText.stem("stopped") == "stop")
        #expect(SearchText.stem("families") == SearchText.stem("family"))
        #expect(SearchText.stem("status") == "status")
        #expect(SearchText.shard("mental") == "me")
        #expect(SearchText.shard("école") == "other")
        #expect(SearchText.shard("mental", length: 1) == "m")
        #expect(SearchText.shard("m", length: 2) == "m")
    }

    /// The byte-wise reader gives what lowercasing the whole text and splitting it by scalar gives.
    @Test(arguments: [
        "Children's mental-health services, 2026!", "ÉCOLE Über straße İstanbul ΣΟΦΊΑ",
        "Kelvin \u{212A} and ﬁ ligature",
        "tab\tnew\nline\u{00A0}nbsp — dash’s 3rd", "日本語のテキスト と 한국어", "",
    ])
    func wordsMatchLowercasedScalars(text: String) {
        var expected: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !current.isEmpty {
                expected.append(current)
                current = ""
            }
        }
        if !current.isEmpty { expected.append(current) }
        #expect(SearchText.words(text) == expected)
    }

    /// Postings are grouped into files of about 16 KB, not one file a word.
    @Test func postingsFilesAreFewAndSmall() throws {
        let entries = (0..<400).map { n in
            SearchIndex.Entry(
                url: "/p\(n)/", title: "Page \(n)", excerpt: "", titleText: "Page \(n)", headings: "",
                body: (0..<60).map { "word\(($0 * 7 + n) % 900)" }.joined(separator: " "))
        }
        let files = SearchIndex(entries: entries).files
        let postings = files.filter { $0.key.hasPrefix("search/p") && !$0.key.hasPrefix("search/pages-") }
        let words = files.filter { $0.key.hasPrefix("search/words-") }.values.joined().filter { $0 == ":" }.count
        #expect(words > 900)
        #expect(files["search/meta.json"]?.contains("\"shard\":1") == true)
        #expect(postings.count < words / 20)
        for (path, text) in postings {
            #expect(text.utf8.count <= SearchIndex.postingsFileBytes + 4_096, "\(path)")
        }
    }

    /// A large vocabulary's word lists are split by the first two letters, as `meta.json` says.
    @Test func largeVocabularyIsSplitByTwoLetters() throws {
        let entries = (0..<200).map { n in
            SearchIndex.Entry(
                url: "/p\(n)/", title: "Page", excerpt: "", titleText: "Page", headings: "",
                body: (0..<120).map { "term\(n * 120 + $0)" }.joined(separator: " "))
        }
        let files = SearchIndex(entries: entries).files
        #expect(files["search/meta.json"]?.contains("\"shard\":2") == true)
        #expect(files["search/words-te.json"] != nil)
        #expect(files["search/words-t.json"] == nil)
    }

    /// The page whose title is the query outranks a longer page that only repeats its words.
    @Test func titlesOutweighRepetition() throws {
        let long = SearchIndex.Entry(
            url: "/told-us/", title: "What young people told us", excerpt: "", titleText: "What young people told us",
            headings: "", body: String(repeating: "Young people and carers said more. ", count: 40))
        let service = SearchIndex.Entry(
            url: "/offer/young-carers/", title: "Young carers service", excerpt: "",
            titleText: "Young carers service", headings: "", body: "Support for young carers.")
        let files = SearchIndex(entries: [long, service]).files
        let words = try #require(files["search/words-c.json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(words.utf8)) as? [String: [Int]])
        let carers = try #require(parsed[SearchText.stem("carers")])
        let postings = try #require(files["search/p\(carers[2]).json"])
        let file = try #require(try JSONSerialization.jsonObject(with: Data(postings.utf8)) as? [String: [[Int]]])
        // [page, weight], best first: the service (title 10 + text 1) before the long page (text, 5 uses counted).
        #expect(file[String(carers[0])] == [[1, 11], [0, 5]])
    }

    /// A page's description is searched as its headings are, and a priority's indicators as its
    /// text: a priority summed up as "fewer teenage pregnancies" is found by those words.
    @Test func descriptionsAndIndicatorsAreSearched() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "title: Healthy and safe children\n",
            with: """
                title: Healthy and safe children
                description: Fewer teenage pregnancies in Fernlow.
                indicators:
                  - { id: NI 56, name: Obesity among children in Year 6, better: lower }

                """, in: "content/plan/priorities/p1-health.md")
        let content = try #require(site.load().0)
        let entry = try #require(
            SearchIndex(content: content).entries.first { $0.url == "/plan/priorities/p1-health/" })
        #expect(entry.headings.contains("Fewer teenage pregnancies in Fernlow."))
        #expect(entry.body.contains("NI 56 Obesity among children in Year 6"))
    }

    @Test func indexIsShardedAndPointsAtPages() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let index = SearchIndex(content: content)
        let files = index.files
        let meta = try #require(files["search/meta.json"])
        // A small site's word lists are split by first letter.
        #expect(meta == "{\"pages\":\(index.entries.count),\"pagesPerFile\":25,\"shard\":1}\n")
        let youthEntry = try #require(index.entries.firstIndex { $0.url == "/offer/youth-club/" })
        // The word list for "y" gives the word's number and how many pages have it...
        let words = try #require(files["search/words-y.json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(words.utf8)) as? [String: [Int]])
        let youth = try #require(parsed[SearchText.stem("youth")])
        // ...and its postings file lists those pages, best first, the title weighing most.
        let postings = try #require(files["search/p\(youth[2]).json"])
        let file = try #require(try JSONSerialization.jsonObject(with: Data(postings.utf8)) as? [String: [[Int]]])
        let list = try #require(file[String(youth[0])])
        #expect(list.count == youth[1])
        #expect(list.first?[0] == youthEntry)
        #expect((list.first?[1] ?? 0) >= 10)
        let pageFile = "search/pages-\(youthEntry / 25).json"
        let pages = try #require(files[pageFile])
        #expect(
            pages.contains("[\"/offer/youth-club/\",\"Fernlow Youth Club\",\"Evening activities for young people.\"]"))
    }
}
