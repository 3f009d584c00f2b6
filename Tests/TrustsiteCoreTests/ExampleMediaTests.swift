import Foundation
import Testing

@testable import TrustsiteCore

/// The example Trust publishes what a real one does besides pages: its logo and favicon, pictures
/// with alt text, the plan and an Easy Read guide as tagged PDFs, and the Board's attendance.
@Suite struct ExampleMediaTests {
    static func page(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) is not built"), as: UTF8.self)
    }

    @Test func exampleBuildsWithItsMedia() throws {
        let site = try TestSite.example()
        defer { site.cleanUp() }
        let files = try ThemeAssetTests.build(site)
        for path in [
            "images/logo.svg", "favicon.svg", "images/family-hub.jpg", "images/plan-path.jpg",
            "board/board-meeting.png", "plan/signed-off-plan-2025-2028.pdf", "plan/easy-read-plan-2025-2028.pdf",
            "board/attendance-2025-26.ods", "board/attendance-2025-26.csv",
        ] {
            #expect(files[path] != nil, "\(path) is not published")
        }
        #expect(files["plan/documents.yml"] == nil)

        let home = try Self.page(files, "index.html")
        #expect(
            home.contains(
                "<img class=\"site-header__logo\" src=\"/images/logo.svg\" alt=\"\" width=\"64\" height=\"64\">"))
        #expect(home.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"))

        let plan = try Self.page(files, "plan/index.html")
        #expect(plan.contains("href=\"/plan/signed-off-plan-2025-2028.pdf\""))
        #expect(plan.contains("href=\"/plan/easy-read-plan-2025-2028.pdf\""))
        #expect(plan.contains("src=\"/images/plan-path.jpg\" alt=\"Drawing of a path"))
        let board = try Self.page(files, "board/index.html")
        #expect(board.contains("href=\"/board/attendance-2025-26.ods\""))
        #expect(board.contains("href=\"/board/attendance-2025-26.csv\""))
        let hub = try Self.page(files, "offer/family-hub-northgate/index.html")
        #expect(hub.contains("src=\"/images/family-hub.jpg\" alt=\"Drawing of Northgate Family Hub"))

        // Printed by Chromium from pages with a <title> and a lang: tagged, titled, in English.
        for path in ["plan/signed-off-plan-2025-2028.pdf", "plan/easy-read-plan-2025-2028.pdf"] {
            let pdf = String(decoding: try #require(files[path]), as: UTF8.self)
            #expect(pdf.hasPrefix("%PDF-"))
            for marker in ["/StructTreeRoot", "/Lang (en-GB)", "/DisplayDocTitle true"] {
                #expect(pdf.contains(marker), "\(path) has no \(marker)")
            }
        }
        // The spreadsheet is an OpenDocument file: a zip whose first entry names its type, uncompressed.
        let ods = try #require(files["board/attendance-2025-26.ods"])
        #expect(
            String(decoding: ods.prefix(100), as: UTF8.self).contains(
                "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
    }
}
