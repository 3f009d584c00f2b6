import Foundation
import Testing

@testable import TrustsiteCore

/// SITE-DOCUMENTS-ACCESSIBLE: PDFs published from 23 September 2018 are tagged, titled and have a
/// language; documents.yml gives their dates; a required publication is never only a document.
@Suite struct DocumentsRuleTests {
    static let links = "[Report](report.pdf)"

    static func site(_ fixture: String, documentsYML: String? = nil) throws -> TestSite {
        var files: [String: [UInt8]] = [:]
        if let documentsYML { files["documents.yml"] = Array(documentsYML.utf8) }
        return try TestSite.withReports(links, pdfs: ["report.pdf": fixture], files: files)
    }

    @Test func aTaggedPDFPasses() throws {
        let site = try Self.site("tagged.pdf")
        defer { site.cleanUp() }
        #expect(site.findings(TestSite.rule).isEmpty)
        let facts = try #require(site.load().0?.documentFacts["/reports/report.pdf"])
        #expect(
            facts.pdf
                == PDFFacts(
                    pageCount: 2, isTagged: true, title: facts.pdf?.title, displaysTitle: true, language: "en-GB"))
        #expect(facts.pdf?.title?.isEmpty == false)
        #expect(facts.format == .pdf && facts.size == 1810)
    }

    @Test func anUntaggedPDFWithoutADateIsAnErrorNamingEachFailure() throws {
        let site = try Self.site("untagged.pdf")
        defer { site.cleanUp() }
        let findings = site.findings(TestSite.rule)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.location.file == "content/pages/reports/report.pdf")
        for failure in ["not tagged", "no title", "window title (DisplayDocTitle)", "no language", "no published date"]
        {
            #expect(finding.message.contains(failure), "\(finding.message)")
        }
        #expect(finding.hint?.contains("Document structure tags for accessibility") == true)
        #expect(finding.hint?.contains("content/pages/reports/documents.yml") == true)
    }

    @Test func aDateOnOrAfterTheRegulationsIsAnError() throws {
        let site = try Self.site("half-tagged.pdf", documentsYML: "report.pdf:\n  published: 2018-09-23\n")
        defer { site.cleanUp() }
        let finding = try #require(site.findings(TestSite.rule).first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("published on 23 September 2018"))
        #expect(finding.message.contains("not tagged"))
        #expect(!(finding.hint ?? "").contains("documents.yml"))
    }

    @Test func aDocumentPublishedEarlierIsExemptWithAWarning() throws {
        let site = try Self.site("untagged.pdf", documentsYML: "report.pdf:\n  published: 2018-09-22\n")
        defer { site.cleanUp() }
        let findings = site.findings(TestSite.rule)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.contains("before 23 September 2018") == true)
    }

    @Test func aSiteBuiltAsOfADayBeforeTheRegulationsIsExempt() throws {
        let site = try Self.site("untagged.pdf")
        defer { site.cleanUp() }
        let findings = site.findings(TestSite.rule, today: "2010-10-15")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.contains("built as of 15 October 2010") == true)
    }

    @Test func aPDFThatIsNotAPDFIsAnErrorAtTheFile() throws {
        let site = try TestSite.withReports(Self.links, files: ["report.pdf": Array("Dear all,\nthe report.\n".utf8)])
        defer { site.cleanUp() }
        let errors = site.check().filter { $0.location.file == "content/pages/reports/report.pdf" }
        #expect(errors.count == 1)
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.contains("not a PDF") == true)
        #expect(errors.first?.hint?.contains("export or save it as PDF") == true)
        let damaged = try Self.site("damaged.pdf")
        defer { damaged.cleanUp() }
        #expect(damaged.check().contains { $0.location.file.hasSuffix("report.pdf") && $0.message.contains("damaged") })
    }

    @Test func officeFilesAndCSVsMustBeWhatTheirNamesSay() throws {
        let site = try TestSite.withReports(
            "[Minutes](minutes.docx) [Old](old.xls) [Data](data.csv) [Real](real.xlsx)",
            files: [
                "minutes.docx": Array("<html>Not found</html>".utf8), "old.xls": try TestSite.pdfFixture("tagged.pdf"),
                "data.csv": [0x50, 0x4B, 3, 4, 0, 0], "real.xlsx": [0x50, 0x4B, 3, 4, 20, 0],
            ])
        defer { site.cleanUp() }
        let errors = site.check().filter {
            $0.severity == .error && $0.location.file.hasPrefix("content/pages/reports/")
        }
        #expect(
            errors.map(\.location.file).sorted() == [
                "content/pages/reports/data.csv", "content/pages/reports/minutes.docx", "content/pages/reports/old.xls",
            ])
        #expect(
            errors.contains { $0.message.contains("not an Office Open XML file") && $0.hint?.contains(".docx") == true }
        )
        #expect(errors.contains { $0.message.contains("not an Office 97–2003 file") })
        #expect(errors.contains { $0.message.contains("not a CSV file") })
    }

    @Test func documentsYMLErrorsHaveFileAndLine() throws {
        let site = try Self.site(
            "tagged.pdf",
            documentsYML:
                "report.pdf:\n  published: 2025-13-01\n  publshed: 2025-01-01\nreprot.pdf:\n  published: 2025-01-01\n")
        defer { site.cleanUp() }
        let diagnostics = site.check().filter { $0.location.file == "content/pages/reports/documents.yml" }
        let badDate = diagnostics.first { $0.location.line == 2 }
        #expect(badDate?.severity == .error)
        let unknownKey = diagnostics.first { $0.location.line == 3 }
        #expect(unknownKey?.severity == .warning)
        #expect(unknownKey?.hint?.contains("published") == true)
        let unknownFile = try #require(diagnostics.first { $0.location.line == 4 })
        #expect(unknownFile.severity == .error)
        #expect(unknownFile.message.contains("reprot.pdf"))
        #expect(unknownFile.hint?.contains("Did you mean 'report.pdf'?") == true)
    }

    @Test func documentKindsAreReadFromRealWording() {
        func kind(_ fileName: String, title: String? = nil) -> DocumentOnlyPublications.Kind? {
            DocumentOnlyPublications.kind(
                of: DocumentFacts(
                    source: "content/plan/\(fileName)", url: "/plan/\(fileName)", format: .pdf, size: 1,
                    metadata: title.map {
                        DocumentMetadata(
                            published: nil, title: $0, accessible: nil, location: SourceLocation(file: "x"))
                    }))
        }
        #expect(kind("signed.pdf", title: "Children and Young People's Plan 2025 to 2028 (signed-off copy)") == .plan)
        #expect(kind("signed.pdf", title: "Children and Young People’s Plan 2025 to 2028") == .plan)
        #expect(kind("cypp-2025-2028.pdf") == .plan)
        #expect(kind("annual-report-2024-25.pdf") == .annualReport)
        #expect(
            kind("x.pdf", title: "Annual review of the Children and Young People’s Plan 2024 to 2025") == .annualReport)
        #expect(kind("board-attendance.csv") == nil)
        #expect(kind("planning-application.pdf") == nil)
        #expect(kind("lscb-annual-reporting-template.pdf") == nil)
    }

    @Test func anAnnualReportOnlyAsAPDFIsAWarning() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.remove("content/reviews/2025-26.md")
        try site.writeBytes("content/reviews/annual-report-2025-26.pdf", try TestSite.pdfFixture("tagged.pdf"))
        let findings = site.findings(TestSite.rule)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.contains("looks like an annual report") == true)
    }

    @Test func aReviewPageThatIsOnlyALinkIsAWarning() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let review = try site.read("content/reviews/2025-26.md")
        let frontMatter = review.components(separatedBy: "---\n").prefix(2).joined(separator: "---\n") + "---\n"
        try site.write("content/reviews/2025-26.md", frontMatter + "\nRead [the annual report](/reviews/report.pdf).\n")
        try site.writeBytes("content/reviews/report.pdf", try TestSite.pdfFixture("tagged.pdf"))
        let findings = site.findings(TestSite.rule)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.location.file == "content/reviews/2025-26.md")
        #expect(findings.first?.message.contains("only links to report.pdf") == true)
        // The fixture's own review, with its sections, links nowhere: nothing to say.
        let plain = try TestSite()
        defer { plain.cleanUp() }
        #expect(plain.findings(TestSite.rule).isEmpty)
    }
}
