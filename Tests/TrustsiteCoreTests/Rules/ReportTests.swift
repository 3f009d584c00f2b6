import Foundation
import Testing

@testable import TrustsiteCore

/// The three report formats of `trustsite check`: text, JSON and SARIF.
@Suite struct ReportTests {
    /// A site with one of everything: a rule error on a line, a rule error about a missing file, a
    /// rule warning, a loader warning without a rule, and a waived rule.
    static func mixedReport() throws -> SiteChecker.Report {
        try checkedFixtureReport { site in
            try site.removeLines(containing: "published: 2025-04-01", in: "content/plan/index.md")
            try site.remove("content/offer/index.md")
            try site.removeLines(containing: "outcomes:", in: "content/offer/services/youth-club.md")
            try site.replace(
                "title: Contact us\n", with: "title: Contact us\ncolour: blue\n", in: "content/pages/contact.md")
            try site.remove("content/plan/sections/workforce.md")
            let config = try site.read("trustsite.yml")
            try site.write(
                "trustsite.yml",
                config + "waivers:\n  - rule: PLAN-WORKFORCE\n    reason: Published by the council in March 2027.\n")
        }
    }

    // MARK: Text

    @Test func textReportOfOneError() throws {
        let report = try checkedFixtureReport {
            try $0.removeLines(containing: "published: 2025-04-01", in: "content/plan/index.md")
        }
        #expect(
            TextReport.render(report.diagnostics, fileCount: report.fileCount, waived: report.waived) == """
                content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published.
                  source: 000 §3.28
                  help: Add to the front matter: `published: 2025-04-01`.
                1 error, 0 warnings in 22 files

                """)
    }

    @Test func textReportOfACleanSite() throws {
        let report = try checkedFixtureReport { _ in }
        #expect(
            TextReport.render(report.diagnostics, fileCount: report.fileCount) == "0 errors, 0 warnings in 22 files\n")
    }

    @Test func textReportOfSeveralFindingsAndAWaiver() throws {
        let report = try Self.mixedReport()
        let text = TextReport.render(report.diagnostics, fileCount: report.fileCount, waived: report.waived)
        let headlines = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(
            headlines == [
                "content/offer/index.md: error[OFFER-WHAT-TO-EXPECT]: there is no page saying what families can expect.",
                "content/offer/services/youth-club.md:1:1: warning[OFFER-SERVICE-OUTCOMES]: the service \"Fernlow Youth Club\" names no outcome.",
                "content/pages/contact.md:3:1: warning: unknown key 'colour' is ignored.",
                "content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published.",
                "2 errors, 2 warnings in 20 files (1 rule waived: PLAN-WORKFORCE)",
            ])
        // A hint of several lines keeps its lines under "help:".
        #expect(
            text.contains(
                """
                content/offer/index.md: error[OFFER-WHAT-TO-EXPECT]: there is no page saying what families can expect.
                  source: 001 §5 "the public face of early intervention"
                  help: Create content/offer/index.md:
                            ---
                            title: Help for children and families
                            covers: [what-to-expect]
                            ---
                            (what the Trust will provide, and how to get help early)

                """))
    }

    @Test func summaryLine() {
        let error = Diagnostic(
            .error, at: SourceLocation(file: "a.md", line: 2, column: 3), "bad", ruleID: "PLAN-PERIOD")
        let warning = Diagnostic(.warning, at: SourceLocation(file: "b.md"), "meh", ruleID: "SITE-STALE")
        #expect(TextReport.summary([], fileCount: 1) == "0 errors, 0 warnings in 1 file")
        #expect(TextReport.summary([error, warning], fileCount: 2) == "1 error, 1 warning in 2 files")
        #expect(
            TextReport.summary([error, error, warning, warning], fileCount: 31) == "2 errors, 2 warnings in 31 files")
        #expect(
            TextReport.summary([], fileCount: 3, waived: [("PLAN-WORKFORCE", "x", 1), ("PLAN-14-19", "y", 0)])
                == "0 errors, 0 warnings in 3 files (2 rules waived: PLAN-WORKFORCE, PLAN-14-19)")
    }

    @Test func textReportOfHandMadeDiagnostics() {
        let diagnostics = [
            Diagnostic(
                .error, at: SourceLocation(file: "content/plan/index.md", line: 4, column: 9), "first",
                hint: "line one\nline two",
                ruleID: "PLAN-PERIOD", citation: "000 Appendix s17(2)(b)"),
            Diagnostic(.warning, at: SourceLocation(file: "trustsite.yml", line: 3), "second"),
        ]
        #expect(
            TextReport.render(diagnostics, fileCount: 5) == """
                content/plan/index.md:4:9: error[PLAN-PERIOD]: first
                  source: 000 Appendix s17(2)(b)
                  help: line one
                        line two
                trustsite.yml:3: warning: second
                1 error, 1 warning in 5 files

                """)
    }

    // MARK: JSON

    @Test func jsonReport() throws {
        let report = try Self.mixedReport()
        let text = JSONReport.render(
            report.diagnostics, fileCount: report.fileCount, waived: report.waived, readability: report.readability)
        #expect(text.hasSuffix("}\n"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["version", "errors", "warnings", "files", "findings", "waived", "readability"])
        // Every Markdown page's reading ease, as a whole number.
        let readability = try #require(root["readability"] as? [[String: Any]])
        #expect(readability.count == report.readability.count)
        #expect(readability.allSatisfy { $0["file"] is String && $0["score"] is Int && $0["title"] is String })
        #expect(root["version"] as? Int == 1)
        #expect(root["errors"] as? Int == 2)
        #expect(root["warnings"] as? Int == 2)
        #expect(root["files"] as? Int == 20)

        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 4)
        let published = try #require(findings.first { $0["rule"] as? String == "PLAN-PUBLISHED-DATE" })
        #expect(Set(published.keys) == ["rule", "level", "file", "line", "column", "message", "citation", "help"])
        #expect(published["level"] as? String == "error")
        #expect(published["file"] as? String == "content/plan/index.md")
        #expect(published["line"] as? Int == 1)
        #expect(published["column"] as? Int == 1)
        #expect(published["message"] as? String == "the plan does not say when it was published.")
        #expect(published["citation"] as? String == "000 §3.28")
        #expect(published["help"] as? String == "Add to the front matter: `published: 2025-04-01`.")

        let wholeFile = try #require(findings.first { $0["rule"] as? String == "OFFER-WHAT-TO-EXPECT" })
        #expect(wholeFile["file"] as? String == "content/offer/index.md")
        #expect(wholeFile["line"] as? Int == 0)
        #expect(wholeFile["column"] as? Int == 0)

        let outcomes = try #require(findings.first { $0["rule"] as? String == "OFFER-SERVICE-OUTCOMES" })
        #expect(outcomes["level"] as? String == "warning")

        // The loader's own warning belongs to no rule.
        let loader = try #require(findings.first { $0["file"] as? String == "content/pages/contact.md" })
        #expect(loader["rule"] == nil || loader["rule"] is NSNull)
        #expect(loader["level"] as? String == "warning")
        #expect(loader["line"] as? Int == 3)

        for finding in findings {
            #expect(["error", "warning"].contains(finding["level"] as? String))
            #expect(finding["message"] is String)
        }

        let waived = try #require(root["waived"] as? [[String: Any]])
        #expect(waived.count == 1)
        #expect(waived.first?["rule"] as? String == "PLAN-WORKFORCE")
        #expect(waived.first?["reason"] as? String == "Published by the council in March 2027.")
        #expect(waived.first?["findings"] as? Int == 1)
    }

    @Test func jsonReportOfACleanSite() throws {
        let text = JSONReport.render([], fileCount: 22)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["errors"] as? Int == 0)
        #expect(root["warnings"] as? Int == 0)
        #expect(root["files"] as? Int == 22)
        #expect((root["findings"] as? [Any])?.isEmpty == true)
        #expect((root["waived"] as? [Any])?.isEmpty == true)
    }

    // MARK: SARIF

    static func parseSARIF(_ text: String) throws -> (
        root: [String: Any], rules: [[String: Any]], results: [[String: Any]]
    ) {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let tool = try #require(runs.first?["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "trustsite")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        return (root, rules, results)
    }

    /// What any SARIF log trustsite writes must satisfy.
    static func expectWellFormed(_ rules: [[String: Any]], _ results: [[String: Any]]) throws {
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == rules.count)
        #expect(Set(ids).count == ids.count, "rule ids are not unique")
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning"].contains(level))
        }
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            if let index = result["ruleIndex"] as? Int {
                #expect(ids.indices.contains(index))
                #expect(ids.indices.contains(index) && ids[index] == ruleID, "ruleIndex \(index) is not \(ruleID)")
            } else {
                #expect(!ids.contains(ruleID), "\(ruleID) is a rule but the result has no ruleIndex")
            }
            #expect(["error", "warning"].contains(result["level"] as? String))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let locations = try #require(result["locations"] as? [[String: Any]])
            #expect(locations.count == 1)
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri?.isEmpty == false)
            if let region = physical["region"] as? [String: Any] {
                #expect((region["startLine"] as? Int ?? 0) >= 1)
                if let column = region["startColumn"] as? Int { #expect(column >= 1) }
            }
        }
    }

    @Test func sarifReport() throws {
        let report = try Self.mixedReport()
        let text = SARIFReport.render(report.diagnostics, rules: RuleCatalogue.all, edition: report.edition)
        let (root, rules, results) = try Self.parseSARIF(text)
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        // Every rule of the edition, plus LOAD for the findings of reading the files.
        #expect(rules.count == 55)
        try Self.expectWellFormed(rules, results)
        #expect(results.count == 4)

        let published = try #require(results.first { $0["ruleId"] as? String == "PLAN-PUBLISHED-DATE" })
        #expect(published["level"] as? String == "error")
        let index = try #require(published["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "PLAN-PUBLISHED-DATE")
        #expect(
            (published["message"] as? [String: Any])?["text"] as? String
                == "the plan does not say when it was published.\nAdd to the front matter: `published: 2025-04-01`.")
        let physical = try #require(
            (published["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "content/plan/index.md")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 1)
        #expect((physical["region"] as? [String: Any])?["startColumn"] as? Int == 1)

        // A finding about a whole file has no region.
        let wholeFile = try #require(results.first { $0["ruleId"] as? String == "OFFER-WHAT-TO-EXPECT" })
        let wholeFileLocation = try #require(
            (wholeFile["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(wholeFileLocation["region"] == nil)

        let warning = try #require(results.first { $0["ruleId"] as? String == "OFFER-SERVICE-OUTCOMES" })
        #expect(warning["level"] as? String == "warning")
    }

    @Test func sarifRulesFollowTheEdition() throws {
        let text = SARIFReport.render([], rules: RuleCatalogue.all, edition: .y2008)
        let (_, rules, results) = try Self.parseSARIF(text)
        try Self.expectWellFormed(rules, results)
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == 53)
        #expect(!ids.contains("REVIEW-PARTNERS"))
        let signOff = try #require(rules.first { $0["id"] as? String == "PLAN-SIGN-OFF" })
        #expect((signOff["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        #expect(results.isEmpty)
    }

    @Test func sarifUnderStrictReportsErrors() throws {
        let report = try checkedFixtureReport(strict: true) { try $0.remove("content/plan/sections/workforce.md") }
        let (_, rules, results) = try Self.parseSARIF(
            SARIFReport.render(report.diagnostics, rules: RuleCatalogue.all, edition: report.edition))
        try Self.expectWellFormed(rules, results)
        #expect(results.map { $0["ruleId"] as? String } == ["PLAN-WORKFORCE"])
        #expect(results.first?["level"] as? String == "error")
    }
}
