import Foundation
import Testing

/// The `trustsite build` command, run as a user runs it.
@Suite struct BuildCommandTests {
    let exampleSite = TrustsiteBinary.packageRoot

    @Test func buildsTheExampleTrust() throws {
        let output = TrustsiteBinary.temporaryFolder()
        defer { TrustsiteBinary.removeOutput(output) }
        let result = try TrustsiteBinary.run(
            ["build", "--site", exampleSite.path, "--output", output.path, "--today", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built "))
        #expect(result.stdout.contains(" pages into "))
        let files = TrustsiteBinary.snapshot(output)
        for required in [
            "index.html", "plan/index.html", "outcomes/index.html", "outcomes/be-healthy/index.html",
            "reviews/index.html", "reviews/2025-26/index.html", "board/index.html", "offer/index.html",
            "accessibility/index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt", "assets/site.css",
        ] {
            #expect(files[required] != nil, "missing \(required)")
        }
        #expect(files.keys.contains { $0.hasPrefix("plan/priorities/") })
        #expect(files.keys.filter { $0.hasPrefix("offer/") && $0.hasSuffix("/index.html") }.count >= 16)
    }

    /// `--pdf` without Chromium: the build stops before publishing anything, saying what to install.
    @Test func pdfWithoutChromiumSaysWhatToInstall() throws {
        let output = TrustsiteBinary.temporaryFolder()
        defer { TrustsiteBinary.removeOutput(output) }
        let result = try TrustsiteBinary.run(
            ["build", "--pdf", "--site", exampleSite.path, "--output", output.path, "--today", "2026-11-22"],
            environment: ["TRUSTSITE_CHROMIUM": "/nonexistent/chromium"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("trustsite.yml:1:1: error: the plan and the annual reports cannot be printed"),
            "\(result.stderr)")
        #expect(result.stderr.contains("apt-get install chromium"))
        #expect(result.stderr.contains("leave out --pdf"))
        #expect(result.stderr.contains("Nothing was published"))
        #expect(!FileManager.default.fileExists(atPath: output.appending(path: "index.html").path))
    }

    @Test func outputIsByteIdenticalAcrossBuilds() throws {
        let first = TrustsiteBinary.temporaryFolder()
        let second = TrustsiteBinary.temporaryFolder()
        defer {
            TrustsiteBinary.removeOutput(first)
            TrustsiteBinary.removeOutput(second)
        }
        for output in [first, second] {
            let result = try TrustsiteBinary.run(
                ["build", "--site", exampleSite.path, "--output", output.path, "--today", "2026-11-22"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = TrustsiteBinary.snapshot(first)
        let b = TrustsiteBinary.snapshot(second)
        #expect(a.count > 50)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a where b[path] != data {
            Issue.record("\(path) differs between two builds")
        }
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        let good = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(good.status == 0, "\(good.stderr)")
        let before = TrustsiteBinary.snapshot(output)
        #expect(before["index.html"] != nil)

        try site.replace("published: 2025-04-01", with: "published: soon", in: "content/plan/index.md")
        let bad = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(bad.status == 1)
        #expect(bad.stdout == "")
        #expect(
            bad.stderr == """
                content/plan/index.md:9:12: error[PLAN-PUBLISHED-DATE]: 'published' should be a date written YYYY-MM-DD, but it is 'soon'.
                  source: 000 §3.28
                  help: Write the date as year-month-day, e.g. `published: 2026-03-31`.
                Build refused: 1 error, 0 warnings in 22 files. Nothing was published; \(output.path)/ is unchanged. Fix the errors, or build a draft for reviewers with --draft.

                """)
        #expect(TrustsiteBinary.snapshot(output) == before)
        // The lock file stays (like the cache); no staging folder may.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasPrefix(".site.") && $0 != ".site.lock"
        }
        #expect(leftovers == [])
    }

    @Test func templateErrorFailsTheBuildWithFileAndLine() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.write(
            "templates/board.mustache", "<h1>{{page.title}}</h1>\n{{#board.groups}}\n<p>{{type_label}}</p>\n")
        let result = try TrustsiteBinary.run(["build", "--site", site.root.path, "--today", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("templates/board.mustache:"))
        #expect(result.stderr.contains("Build refused: 1 error, 0 warnings in 22 files."))
        #expect(result.stderr.contains("error: the template cannot be read: a section is opened but never closed."))
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.write("precious/notes.txt", "keep me")
        let result = try TrustsiteBinary.run([
            "build", "--site", site.root.path, "--output", site.root.appending(path: "precious").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already exists and was not written by trustsite, so it will not be replaced."))
        #expect(try String(contentsOf: site.root.appending(path: "precious/notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func refusesToWriteOverTheContent() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let result = try TrustsiteBinary.run([
            "build", "--site", site.root.path, "--output", site.root.appending(path: "content").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refusing to write the site to"))
        #expect(FileManager.default.fileExists(atPath: site.root.appending(path: "content/plan/index.md").path))
    }

    /// A build that cannot write its output says why, never a bare count such as "0 errors".
    @Test func unwritableOutputSaysWhy() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.write("a-file", "not a folder\n")
        let output = site.root.appending(path: "a-file/site")
        let result = try TrustsiteBinary.run(["build", "--site", site.root.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write \(site.root.path)/a-file/.site.lock: Not a directory."))
        #expect(!result.stderr.contains("0 errors"))
    }

    @Test func badTodayIsAUsageError() throws {
        let result = try TrustsiteBinary.run(["build", "--site", exampleSite.path, "--today", "tomorrow"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--today must be a date written YYYY-MM-DD"))
    }

    @Test func missingSiteFolder() throws {
        let result = try TrustsiteBinary.run(["build", "--site", "/nonexistent/trust"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("the site folder /nonexistent/trust does not exist."))
    }

    @Test func noBacktraceOnBadInput() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        try site.write("trustsite.yml", "name: [unclosed\n")
        let result = try TrustsiteBinary.run(["build", "--site", site.root.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("trustsite.yml:2:1: error: the YAML is malformed:"))
        #expect(!result.stderr.contains("Fatal error"))
    }
}

/// A copy of the minimal fixture site in a temporary folder.
struct FixtureCopy {
    let root: URL

    init(_ name: String = "minimal") throws {
        root = TrustsiteBinary.temporaryFolder()
        try FileManager.default.copyItem(
            at: TrustsiteBinary.packageRoot.appending(path: "Tests/Fixtures/\(name)"), to: root)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func replace(_ old: String, with new: String, in path: String) throws {
        let url = root.appending(path: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// A build with nothing changed stops at once; any change, or --clean, builds again.
@Suite struct UpToDateBuildTests {
    @Test func anUnchangedSiteIsNotRebuilt() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let arguments = ["build", "--site", site.root.path, "--today", "2026-11-22"]
        #expect(try TrustsiteBinary.run(arguments).status == 0)
        let before = TrustsiteBinary.snapshot(site.root.appending(path: "site"))

        let again = try TrustsiteBinary.run(arguments)
        #expect(again.status == 0)
        #expect(
            again.stdout.contains(
                "is up to date: nothing has changed since the last build of its 34 pages (0 errors, 0 warnings in 22 files)."
            ))
        #expect(TrustsiteBinary.snapshot(site.root.appending(path: "site")) == before)

        try site.replace(
            "Sports, music and a quiet room.", with: "Sports and music.", in: "content/offer/services/youth-club.md")
        let changed = try TrustsiteBinary.run(arguments)
        #expect(changed.stdout.hasPrefix("Built 34 pages"))

        #expect(try TrustsiteBinary.run(arguments + ["--clean"]).stdout.hasPrefix("Built 34 pages"))
        #expect(try TrustsiteBinary.run(arguments.dropLast() + ["2026-11-23"]).stdout.hasPrefix("Built 34 pages"))
    }

    @Test func aDeletedOutputIsRebuilt() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let arguments = ["build", "--site", site.root.path, "--today", "2026-11-22"]
        #expect(try TrustsiteBinary.run(arguments).status == 0)
        try FileManager.default.removeItem(at: site.root.appending(path: "site"))
        #expect(try TrustsiteBinary.run(arguments).stdout.hasPrefix("Built 34 pages"))
    }
}
