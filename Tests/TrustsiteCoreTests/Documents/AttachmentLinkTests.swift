import Foundation
import Testing

@testable import TrustsiteCore

/// Links to documents carry GOV.UK's attachment facts, and ones that may not be accessible offer
/// another format.
@Suite struct AttachmentLinkTests {
    static let body = """
        - [Annual report 2025 to 2026](/reports/report.pdf)
        - [Easy read summary](easy-read.pdf)
        - [Board attendance](/reports/attendance.csv)
        - [Minutes of the May meeting](minutes.docx)
        - [Summary (PDF, 2 KB)](/reports/report.pdf)
        - [Spending](spending.ods) (ODS, 1 KB)
        """

    static func site() throws -> TestSite {
        try TestSite.withReports(
            body, pdfs: ["report.pdf": "tagged.pdf", "easy-read.pdf": "untagged.pdf"],
            files: [
                "attendance.csv": Array("name,meetings\nA,3\n".utf8),
                "minutes.docx": [0x50, 0x4B, 3, 4] + Array(repeating: 0x50, count: 36_041),
                "spending.ods": [0x50, 0x4B, 3, 4] + Array(repeating: 0x50, count: 896),
                "documents.yml": Array(
                    "report.pdf:\n  published: 2025-07-14\neasy-read.pdf:\n  published: 2017-03-01\n".utf8),
            ])
    }

    @Test func sizesAreWrittenAsGOVUKWritesThem() {
        #expect(FileSizeText.text(1) == "1 Byte")
        #expect(FileSizeText.text(598) == "598 Bytes")
        #expect(FileSizeText.text(1810) == "1.77 KB")
        #expect(FileSizeText.text(36_045) == "35.2 KB")
        #expect(FileSizeText.text(1_258_291) == "1.2 MB")
        #expect(FileSizeText.text(1_048_575) == "1020 KB")
        #expect(FileSizeText.text(1_048_576) == "1 MB")
        #expect(FileSizeText.text(5_000_000) == "4.77 MB")
    }

    @Test func formatsAreNamedAsGOVUKNamesThem() {
        #expect(DocumentFormat(fileName: "a.PDF")?.label == "PDF")
        #expect(DocumentFormat(fileName: "a.docx")?.label == "MS Word Document")
        #expect(DocumentFormat(fileName: "a.xls")?.label == "MS Excel Spreadsheet")
        #expect(DocumentFormat(fileName: "a.ods")?.name == "OpenDocument Spreadsheet")
        #expect(DocumentFormat(fileName: "a.csv")?.label == "CSV")
        #expect(DocumentFormat(fileName: "a.jpg") == nil)
        #expect(DocumentFormat(fileName: "pdf") == nil)
    }

    @Test func linksShowFormatSizeAndPages() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let (output, built, diagnostics) = site.buildForDocuments()
        #expect(built, "\(diagnostics.map(\.formatted))")
        let html = try String(contentsOf: output.appending(path: "reports/index.html"), encoding: .utf8)
        let pdf = "<abbr title=\"Portable Document Format\">PDF</abbr>"
        #expect(html.contains("Annual report 2025 to 2026 (\(pdf), 1.77 KB, 2 pages)</a></li>"))
        // Relative to the page's address, one page, and not accessible: the note and the request.
        #expect(
            html.contains(
                "Easy read summary (\(pdf), 598 Bytes, 1 page)</a> <span class=\"attachment-access\">"
                    + "This file may not be suitable for users of assistive technology. <a href=\"mailto:"
                    + "trust@fernlow.example?subject=Accessible%20format%20request%3A%20Easy%20read%20summary\">"
                    + "Request an accessible format<span class=\"visually-hidden\"> of Easy read summary</span></a>."
                    + "</span></li>"))
        // A CSV is plain data: no note.
        #expect(
            html.contains(
                "Board attendance (<abbr title=\"Comma-separated Values\">CSV</abbr>, 18 Bytes)</a></li>"))
        #expect(
            html.contains(
                "Minutes of the May meeting (MS Word Document, 35.2 KB)</a> <span class=\"attachment-access\">"))
        // Written by hand: not said twice.
        #expect(html.contains("Summary (PDF, 2 KB)</a></li>"))
        #expect(html.contains("Spending</a> <span class=\"attachment-access\">"))
        #expect(!html.contains("ODS</abbr>"))
    }

    @Test func aSiteWithoutEmailOffersTheAccessibilityStatement() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let facts = DocumentFacts(source: "content/a.docx", url: "/a.docx", format: .word, size: 10)
        let (content, _) = site.load()
        var loaded = try #require(content)
        loaded.documentFacts = ["/a.docx": facts]
        loaded.config.contact.email = nil
        loaded.config.accessibility?.formatEmail = nil
        let marked = AttachmentLinks(content: loaded).mark(
            "<p><a href=\"../a.docx\" class=\"x\">Notes &amp; minutes</a></p>", pageURL: "/about/")
        let expectedRoute = loaded.config.accessibility != nil ? SiteRoutes.accessibility : SiteRoutes.contact(loaded)
        #expect(
            marked
                == "<p><a href=\"../a.docx\" class=\"x\">Notes &amp; minutes (MS Word Document, 10 Bytes)</a> "
                + "<span class=\"attachment-access\">\(AttachmentLinks.notSuitable) <a href=\"\(expectedRoute)\">"
                + "Request an accessible format<span class=\"visually-hidden\"> of Notes &amp; minutes</span></a>."
                + "</span></p>")
        // In a heading, the note is a paragraph after it, not part of the heading.
        #expect(
            AttachmentLinks(content: loaded).mark(
                "<h2 id=\"n\"><a href=\"/a.docx\">Notes</a></h2><hr><p>Next</p>", pageURL: "/")
                == "<h2 id=\"n\"><a href=\"/a.docx\">Notes (MS Word Document, 10 Bytes)</a></h2>"
                + "<p class=\"attachment-access\">\(AttachmentLinks.notSuitable) <a href=\"\(expectedRoute)\">"
                + "Request an accessible format<span class=\"visually-hidden\"> of Notes</span></a>.</p><hr><p>Next</p>"
        )
        // Pages with no link to a document are returned as they are.
        let plain = "<p><a href=\"/plan/\">Plan</a> <a data-href=\"/a.docx\" href=\"/offer/\">Offer</a></p>"
        #expect(AttachmentLinks(content: loaded).mark(plain, pageURL: "/") == plain)
    }

    @Test func theSameInputGivesTheSamePage() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let first = site.buildForDocuments()
        let html = try Data(contentsOf: first.output.appending(path: "reports/index.html"))
        let second = site.buildForDocuments()
        #expect(try Data(contentsOf: second.output.appending(path: "reports/index.html")) == html)
        #expect(!FileManager.default.fileExists(atPath: second.output.appending(path: "reports/documents.yml").path))
    }
}
