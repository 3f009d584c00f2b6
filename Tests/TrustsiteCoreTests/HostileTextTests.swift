import Foundation
import Testing

@testable import TrustsiteCore

/// Text that would break the published files, or read differently from how it is stored, is caught
/// where it is written: characters XML forbids, impossible years, and hidden direction marks.
@Suite struct HostileTextTests {
    static let forbidden: [(String, String)] = [
        ("\u{7}", "a control character (U+0007)"), ("\u{1B}", "a control character (U+001B)"),
        ("\u{0C}", "a control character (U+000C)"), ("\u{85}", "a control character (U+0085)"),
        (Self.scalar(0xFFFE), "a noncharacter (U+FFFE)"), (Self.scalar(0xFDD0), "a noncharacter (U+FDD0)"),
        (Self.scalar(0x10FFFF), "a noncharacter (U+10FFFF)"),
    ]

    /// Swift refuses noncharacters in string literals.
    static func scalar(_ value: UInt32) -> String { Unicode.Scalar(value).map { String($0) } ?? "" }

    @Test(arguments: forbidden)
    func aCharacterXMLForbidsIsRefusedAtItsLine(character: String, description: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("title: Contact us", with: "title: Contact \(character)us", in: "content/pages/contact.md")
        let messages = site.messages().filter { $0.contains("cannot be published") }
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix(
                "content/pages/contact.md:2:16: error: the file contains \(description), which cannot be published")
                == true)
    }

    @Test func aCombiningMarkAfterALineBreakStillCountsTheLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/marks.md", "---\r\ntitle: Marks\r\n---\r\n\u{301}text\r\nmore \u{7}\r\n")
        #expect(
            site.messages().contains {
                $0.hasPrefix("content/pages/marks.md:5:6: error: the file contains a control character (U+0007)")
            })
    }

    @Test func tabsLineBreaksAndOrdinaryUnicodeAreAccepted() {
        #expect(ForbiddenCharacters.first(in: "a\tb\nc – café 😀 \u{FEFF} \u{FFFD} \u{1FFFD}") == nil)
    }

    @Test(arguments: ["0000-01-01", "1899-12-31", "2201-01-01", "0205-04-01"])
    func anImplausibleYearIsAnErrorAtItsLine(date: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("published: 2025-04-01", with: "published: \(date)", in: "content/plan/index.md")
        #expect(
            site.messages().contains {
                $0.hasPrefix(
                    "content/plan/index.md:9:12: error[PLAN-PUBLISHED-DATE]: 'published' is \(date), which cannot be right: trustsite reads dates from 1900 to 2200."
                )
            })
    }

    @Test func theEdgesOfThePlausibleRangeAreAccepted() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("review_by: 2027-03-31", with: "review_by: 2200-12-31", in: "content/plan/index.md")
        #expect(!site.messages().contains { $0.contains("cannot be right") })
    }

    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{200B}", "\u{2060}", "\u{200F}", "\u{200D}"])
    func aHiddenCharacterInANameIsWarnedAtItsLine(character: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("name: Jo Cedar,", with: "name: Jo\(character) Cedar,", in: "content/board/board.yml")
        let warnings = site.messages().filter { $0.contains("reads differently from how it is stored") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("content/board/board.yml:23:") == true)
        #expect(warnings.first?.contains(": warning: 'members[3].name' contains an invisible") == true)
    }

    @Test func directionMarksInRightToLeftNamesAreNormal() {
        #expect(TextHazards.hazard(in: "مركز الأسرة\u{200F}") == nil)
        #expect(TextHazards.hazard(in: "👨\u{200D}👩\u{200D}👧 family group") == nil)
        #expect(TextHazards.hazard(in: "Family hub\u{200F}") != nil)
        #expect(TextHazards.hazard(in: "مركز \u{202E}evil") != nil)
    }

    @Test(arguments: ["en\u{301}", "en\"><script>", "en GB", "e", "en-", "\u{600}en"])
    func aLanguageThatIsNotATagIsRefused(language: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "language: en-GB", with: "language: \"\(language.replacingOccurrences(of: "\"", with: "\\\""))\"",
            in: "trustsite.yml")
        #expect(site.messages().contains { $0.hasPrefix("trustsite.yml:4:11: error: 'language' is ") })
    }

    @Test(arguments: [
        "https://children.fernlow.example/a b/", "https://x.example/\u{301}\"><", "https://caf\u{E9}.example/",
    ])
    func aBaseURLThatIsNotAnAddressIsRefused(url: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "base_url: https://children.fernlow.example/",
            with: "base_url: \"\(url.replacingOccurrences(of: "\"", with: "\\\""))\"", in: "trustsite.yml")
        #expect(site.messages().contains { $0.hasPrefix("trustsite.yml:3:11: error: 'base_url' contains ") })
    }

    @Test func ordinaryLanguagesAndAddressesAreAccepted() {
        for tag in ["en-GB", "cy", "pl", "ur-PK", "zh-Hant-HK", "sr-Latn"] {
            #expect(ConfigLoader.isLanguageTag(tag), "\(tag)")
        }
        #expect(
            "https://children.fernlow.example/path?x=1&y=%20#top".unicodeScalars.allSatisfy(ConfigLoader.isURLScalar))
    }

    @Test(arguments: ["\\0", "\\a", "\\x1B", "\\uFFFE"])
    func aForbiddenCharacterWrittenAsAYAMLEscapeIsRefused(escape: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("title: Contact us", with: "title: \"Contact \(escape) us\"", in: "content/pages/contact.md")
        #expect(site.messages().contains { $0.hasPrefix("content/pages/contact.md:2:8: error: 'title' contains a ") })
    }

    @Test func anUnsafeLicenceAddressIsRefused() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try site.read("trustsite.yml")
        try site.write("trustsite.yml", config + "licence:\n  name: Ours\n  url: javascript:window.__pwned=1\n")
        let urlLine = config.split(separator: "\n", omittingEmptySubsequences: false).count + 2
        #expect(site.findings("SITE-SAFE-CONTENT").map(\.location.line) == [urlLine])
    }
}
