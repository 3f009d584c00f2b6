import Foundation
import Testing

@testable import TrustsiteCore

/// File and folder names become addresses: one that would make a bad address is refused, naming
/// the file and the name to use, and nothing under it reaches links, the sitemap or the feed.
@Suite struct AddressNameTests {
    static let badNames: [(name: String, message: String, suggestion: String)] = [
        ("Our Board.md", "contains a space", "our-board.md"),
        ("100%.md", "contains '%'", "100.md"),
        ("line\nbreak.md", "contains a line break", "line-break.md"),
        ("bell\u{7}.md", "contains a control character (U+0007)", "bell.md"),
        ("evil\u{202E}dm.md", "contains an invisible direction mark (U+202E)", "evildm.md"),
        ("zero\u{200B}width.md", "contains an invisible character (U+200B)", "zerowidth.md"),
        ("caf\u{E9}.md", "contains the character 'é' (U+00E9)", "cafe.md"),
        ("a\"><img src=x onerror=alert(1)>.md", "contains '\"', '>' and '<'", "a-img-src-x-onerror-alert-1.md"),
        ("what?.md", "contains '?'", "what.md"),
        ("hash#tag.md", "contains '#'", "hash-tag.md"),
    ]

    @Test(arguments: badNames)
    func aNameThatMakesABadAddressIsRefused(bad: (name: String, message: String, suggestion: String)) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/\(bad.name)", "---\ntitle: A page\n---\nText.\n")
        let (content, diagnostics) = site.load()
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message.contains(bad.message), "\(error.message)")
        #expect(error.hint?.contains("Rename it to \(bad.suggestion) ") == true, "\(error.hint ?? "")")
        #expect(!error.location.file.contains("\n") && !error.location.file.unicodeScalars.contains("\u{202E}"))
        #expect(content?.pages.contains { $0.title == "A page" } == false)
    }

    @Test func aFolderNameIsCheckedToo() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("content/pages/Help for families/index.md", "---\ntitle: Help\n---\nText.\n")
        let errors = site.load().1.filter { $0.severity == .error }
        #expect(
            errors.map(\.formatted).first?.hasPrefix(
                "content/pages/Help for families/index.md: error: the folder name 'Help for families' becomes part of a web address"
            ) == true)
        #expect(errors.first?.hint?.contains("Rename it to help-for-families ") == true)
    }

    @Test func reviewsServicesAndPlanFilesFollowTheSameRule() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let service = try site.read("content/offer/services/youth-club.md")
        try site.remove("content/offer/services/youth-club.md")
        try site.write("content/offer/services/Youth Club.md", service)
        let errors = site.load().1.filter { $0.severity == .error }
        #expect(
            errors.contains {
                $0.location.file == "content/offer/services/Youth Club.md" && $0.message.contains("a space")
            })
    }

    @Test func cleanNamesAreAccepted() {
        for name in ["young-carers.md", "2025-26.md", "p1_health.md", "About.md", "index.md"] {
            #expect(AddressNames.isAllowed(name))
        }
        #expect(AddressNames.problem(in: "content/pages/help/young-carers.md", below: "content/pages") == nil)
    }
}
