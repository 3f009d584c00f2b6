import Foundation
import Testing

@testable import TrustsiteCore

/// The accessibility statement says exactly one thing about compliance, whatever trustsite.yml says.
@Suite struct AccessibilityStatementPageTests {
    static let sentences = [
        "full": "We believe every part of this website meets the accessibility standard.",
        "partial": "This website is partially compliant with the",
        "none": "This website is not compliant with the",
        "unstated": "This statement does not yet give the website's compliance status",
    ]

    /// The built /accessibility/ page for the fixture with `compliance:` set to `value`, or left out.
    func statementPage(compliance value: String?) throws -> String {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(
            "  compliance: full\n", with: value.map { "  compliance: \($0)\n" } ?? "", in: "trustsite.yml")
        if value != "full" {
            try site.replace(
                "accessibility:\n",
                with:
                    "accessibility:\n  non_accessible:\n    - content: Some PDF documents\n      reason: They are scans.\n",
                in: "trustsite.yml")
        }
        let output = FileManager.default.temporaryDirectory.appending(path: "trustsite-a11y-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: BuildFingerprint.cacheFolder(for: output))
        }
        let builder = SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output, clock: BuildClock(today: Day(iso: "2026-11-22")!), draft: true))
        _ = try builder.build(log: DiagnosticLog())
        return try String(contentsOf: output.appending(path: "accessibility/index.html"), encoding: .utf8)
    }

    @Test(arguments: ["full", "partial", "none", nil] as [String?])
    func exactlyOneComplianceSentence(value: String?) throws {
        let page = try statementPage(compliance: value)
        let expected = value ?? "unstated"
        for (kind, sentence) in Self.sentences {
            #expect(page.contains(sentence) == (kind == expected), "\(kind) with compliance: \(value ?? "left out")")
        }
        let section = try #require(page.range(of: "id=\"compliance-status\"")).upperBound
        let next = page[section...].range(of: "<h")?.lowerBound ?? page.endIndex
        #expect(page[section..<next].contains("<p>"), "the Compliance status section is empty")
    }

    @Test func noneIsReadAsNotCompliantAndPassesTheCheckOnlyWithTheProblemsListed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace("  compliance: full\n", with: "  compliance: none\n", in: "trustsite.yml")
        #expect(site.load().0?.config.accessibility?.compliance == .notCompliant)
        #expect(site.findings("SITE-ACCESSIBILITY-STATEMENT").count == 1)
    }
}
