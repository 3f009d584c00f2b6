import Foundation
import Testing
import TrustsiteCore

/// The `trustsite check` command, and how `build` acts on its findings, run as a user runs them.
@Suite struct CheckCommandTests {
    let exampleSite = TrustsiteBinary.packageRoot

    static let publishedDateError = """
        content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published.
          source: 000 §3.28
          help: Add to the front matter: `published: 2025-04-01`.
        """

    /// The minimal fixture without the plan's published date: one error, PLAN-PUBLISHED-DATE.
    static func siteWithAnError() throws -> FixtureCopy {
        let site = try FixtureCopy()
        try site.replace("published: 2025-04-01\n", with: "", in: "content/plan/index.md")
        return site
    }

    /// The minimal fixture without its workforce section: one warning, PLAN-WORKFORCE.
    static func siteWithAWarning() throws -> FixtureCopy {
        let site = try FixtureCopy()
        try FileManager.default.removeItem(at: site.root.appending(path: "content/plan/sections/workforce.md"))
        return site
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func exampleSitePasses() throws {
        let result = try TrustsiteBinary.run(["check", "--site", exampleSite.path, "--today", "2026-11-22"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let last = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(last.hasPrefix("0 errors, "))
        #expect(last.wholeMatch(of: /0 errors, \d+ warnings? in \d+ files/) != nil, "summary line: \(last)")
        #expect(result.stderr == "")
    }

    @Test func minimalFixturePassesCleanly() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.stdout == "0 errors, 0 warnings in 22 files\n")
    }

    @Test func errorExitsOneAndPrintsTheFindingCompilerStyle() throws {
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stdout == Self.publishedDateError + "\n1 error, 0 warnings in 22 files\n")
        #expect(result.stderr == "")
    }

    @Test func checkRunsInTheCurrentFolderByDefault() throws {
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run(["check", "--today", "2026-11-22"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: "))
    }

    /// Three values that cannot be read, in three files, and an ordinary rule finding: one run
    /// reports all four, each at its line with its rule, and exits 1.
    @Test func everyProblemIsReportedInOneRun() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.replace("status: complete", with: "status: done", in: "content/reviews/2025-26.md")
        try site.replace("type: police", with: "type: polce", in: "content/board/board.yml")
        try site.replace("  date: 2025-03-10", with: "  date: 10/03/2025", in: "content/plan/index.md")
        try site.replace("published: 2025-04-01\n", with: "", in: "content/plan/index.md")
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 1)
        let headlines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(
            headlines == [
                "content/board/board.yml:4:55: error[BOARD-RELEVANT-PARTNERS]: 'partners[2].type' is 'polce', which is not one of the allowed values.",
                "content/plan/index.md:1:1: error[PLAN-PUBLISHED-DATE]: the plan does not say when it was published.",
                "content/plan/index.md:6:9: error[PLAN-SIGN-OFF]: 'sign_off.date' should be a date written YYYY-MM-DD, but it is '10/03/2025'.",
                "content/reviews/2025-26.md:6:19: error[REVIEW-PROGRESS]: 'progress.A1.1.status' is 'done', which is not a status word this site knows.",
                "4 errors, 0 warnings in 22 files",
            ])
        #expect(result.stderr == "")
        // `build` refuses the same site and writes nothing; a draft is built.
        let build = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(build.status == 1)
        #expect(build.stderr.contains("Build refused: 4 errors, 0 warnings in 22 files. Nothing was published"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
        let draft = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22", "--draft"])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.root.appending(path: "site/board/index.html").path))
    }

    @Test func siteThatCannotBeLoadedExitsTwo() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.write("trustsite.yml", "name: [unclosed\n")
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("trustsite.yml:2:1: error: the YAML is malformed:"))
        // Only trustsite.yml was read.
        #expect(result.stdout.hasSuffix("\n1 error, 0 warnings in 1 file\n"))
        #expect(result.stderr.contains("The site cannot be checked until these are fixed."))
        #expect(!result.stderr.contains("Fatal error"))
    }

    /// A key missing from trustsite.yml is an error like any other: the rest is still checked.
    @Test func missingRequiredConfigurationIsReportedWithTheRest() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.replace("local_authority: Fernlow Council\n", with: "", in: "trustsite.yml")
        try site.replace("published: 2025-04-01\n", with: "", in: "content/plan/index.md")
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                Self.publishedDateError + "\ntrustsite.yml:1:1: error[SITE-CONTACT]: 'local_authority' is missing."))
        #expect(result.stdout.hasSuffix("\n2 errors, 0 warnings in 22 files\n"))
    }

    @Test func jsonFormat() throws {
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run([
            "check", "--site", site.root.path, "--today", "2026-11-22", "--format", "json",
        ])
        #expect(result.status == 1)
        let root = try Self.json(result.stdout)
        #expect(root["version"] as? Int == 1)
        #expect(root["errors"] as? Int == 1)
        #expect(root["warnings"] as? Int == 0)
        #expect(root["files"] as? Int == 22)
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["rule"] as? String == "PLAN-PUBLISHED-DATE")
        #expect(findings.first?["file"] as? String == "content/plan/index.md")
        #expect(findings.first?["line"] as? Int == 1)
        #expect(findings.first?["column"] as? Int == 1)
        #expect(findings.first?["level"] as? String == "error")
        // Every Markdown page's reading ease comes with the JSON report.
        let readability = try #require(root["readability"] as? [[String: Any]])
        #expect(readability.count == 20)
        #expect(
            readability.contains {
                $0["file"] as? String == "content/plan/sections/young-people.md" && $0["score"] is Int
            })
    }

    @Test func readabilityListing() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run([
            "check", "--site", site.root.path, "--today", "2026-11-22", "--readability",
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "Reading ease of each page (Flesch; higher is easier, 60 to 70 is plain English):\n"))
        #expect(result.stdout.contains("  content/plan/sections/young-people.md  The plan for young people\n"))
    }

    @Test func jsonFormatForASiteThatCannotBeLoaded() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.write("trustsite.yml", "name: [unclosed\n")
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--format", "json"])
        #expect(result.status == 2)
        let root = try Self.json(result.stdout)
        #expect(root["errors"] as? Int == 1)
        #expect(result.stderr == "")
    }

    @Test func sarifFormat() throws {
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run([
            "check", "--site", site.root.path, "--today", "2026-11-22", "--format", "sarif",
        ])
        #expect(result.status == 1)
        let root = try Self.json(result.stdout)
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "trustsite")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == RuleCatalogue.all.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let result0 = try #require(results.first)
        #expect(result0["ruleId"] as? String == "PLAN-PUBLISHED-DATE")
        let index = try #require(result0["ruleIndex"] as? Int)
        #expect(ids[index] == "PLAN-PUBLISHED-DATE")
        #expect(result0["level"] as? String == "error")
    }

    @Test func warningAloneExitsZero() throws {
        let site = try Self.siteWithAWarning()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("content/plan/index.md:1:1: warning[PLAN-WORKFORCE]: "))
        #expect(result.stdout.hasSuffix("\n0 errors, 1 warning in 21 files\n"))
    }

    @Test func strictWithAWarningExitsOne() throws {
        let site = try Self.siteWithAWarning()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run(["check", "--site", site.root.path, "--today", "2026-11-22", "--strict"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("content/plan/index.md:1:1: error[PLAN-WORKFORCE]: "))
        #expect(result.stdout.hasSuffix("\n1 error, 0 warnings in 21 files\n"))
    }

    @Test func listRulesPrintsAMarkdownTableOfEveryRule() throws {
        let result = try TrustsiteBinary.run(["check", "--list-rules"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "| id | level (2010) | level (2008) | rule | source |")
        #expect(lines.dropFirst().first == "|---|---|---|---|---|")
        #expect(lines.count == 2 + RuleCatalogue.all.count)
        for rule in RuleCatalogue.all {
            #expect(lines.contains { $0.hasPrefix("| \(rule.id) | ") }, "no row for \(rule.id)")
        }
        #expect(lines.allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") || $0 == "|---|---|---|---|---|" })
    }

    // MARK: build acts on the checks

    @Test func buildRefusesASiteWithACheckError() throws {
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Build refused:"))
        #expect(result.stderr.contains(Self.publishedDateError))
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
        // Only the lock file beside the output stays (it is reused, never removed: deleting a lock
        // file another build has open would let a third build lock a different file).
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasPrefix(".site") && $0 != ".site.lock"
        }
        #expect(leftovers == [])
    }

    @Test func refusedBuildPrintsEachDiagnosticOnce() throws {
        // A loader warning (an unknown key) and a check error: each should be printed once.
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        try site.replace(
            "title: Contact us\n", with: "title: Contact us\ncolour: blue\n", in: "content/pages/contact.md")
        let result = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "unknown key 'colour' is ignored.").count - 1 == 1)
        #expect(result.stderr.components(separatedBy: "error[PLAN-PUBLISHED-DATE]").count - 1 == 1)
    }

    @Test func buildWithAWarningSucceeds() throws {
        let site = try Self.siteWithAWarning()
        defer { site.cleanUp() }
        let output = TrustsiteBinary.temporaryFolder()
        defer { TrustsiteBinary.removeOutput(output) }
        let result = try TrustsiteBinary.run([
            "build", "--site", site.root.path, "--output", output.path, "--today", "2026-11-22",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning[PLAN-WORKFORCE]"))
        #expect(result.stdout.contains("(0 errors, 1 warning in 21 files)"))
        let strict = try TrustsiteBinary.run(
            ["build", "--site", site.root.path, "--output", output.path, "--today", "2026-11-22", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("Build refused:"))
    }

    @Test func draftBuildShowsTheOpenErrorsOnEveryPage() throws {
        let site = try Self.siteWithAnError()
        defer { site.cleanUp() }
        let output = TrustsiteBinary.temporaryFolder()
        defer { TrustsiteBinary.removeOutput(output) }
        let result = try TrustsiteBinary.run(
            ["build", "--site", site.root.path, "--output", output.path, "--today", "2026-11-22", "--draft"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built a draft of "))
        let files = TrustsiteBinary.snapshot(output)
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, data) in pages.sorted(by: { $0.key < $1.key }) {
            let html = String(decoding: data, as: UTF8.self)
            #expect(
                html.contains("the plan does not say when it was published."), "\(path) does not show the open error")
            #expect(html.contains("PLAN-PUBLISHED-DATE"), "\(path) does not name the rule")
        }
        let robots = try #require(files["robots.txt"])
        #expect(String(decoding: robots, as: UTF8.self) == "User-agent: *\nDisallow: /\n")
    }
}
