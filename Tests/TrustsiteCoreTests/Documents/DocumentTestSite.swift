import Foundation
import Testing

@testable import TrustsiteCore

/// A minimal site with a page of attachments: `/reports/` links to documents beside it.
extension TestSite {
    static let rule = "SITE-DOCUMENTS-ACCESSIBLE"

    /// `Tests/Fixtures/documents/<name>`.
    static func pdfFixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appending(path: "documents/\(name)")))
    }

    /// The minimal site with `content/pages/reports.md` holding `body`, and each of `files`
    /// (a fixture PDF's name, or a name and bytes) in `content/pages/reports/`.
    static func withReports(_ body: String, pdfs: [String: String] = [:], files: [String: [UInt8]] = [:]) throws
        -> TestSite
    {
        let site = try TestSite()
        try FileManager.default.createDirectory(
            at: site.root.appending(path: "content/pages/reports"), withIntermediateDirectories: true)
        try site.write("content/pages/reports.md", "---\ntitle: Reports\ndescription: Our reports.\n---\n\n\(body)\n")
        for (name, fixture) in pdfs { try site.writeBytes("content/pages/reports/\(name)", try pdfFixture(fixture)) }
        for (name, bytes) in files { try site.writeBytes("content/pages/reports/\(name)", bytes) }
        return site
    }

    /// Builds the site with the pinned today; the output folder, whether it built, and every diagnostic.
    func buildForDocuments() -> (output: URL, built: Bool, diagnostics: [Diagnostic]) {
        let output = root.appending(path: "site")
        let log = DiagnosticLog()
        let builder = SiteBuilder(
            options: .init(siteRoot: root, output: output, clock: BuildClock(today: Day(iso: checkToday)!)))
        let summary = try? builder.build(log: log).summary
        return (output, summary != nil, log.diagnostics + (summary?.report.diagnostics ?? []))
    }
}
