import Foundation
import Testing

/// `trustsite init` and `trustsite new review`, run as a user would.
@Suite struct ScaffoldCommandTests {
    @Test func initWritesASiteThatCheckReadsAndRefusesAFolderInUse() throws {
        let parent = TrustsiteBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appending(path: "new-site")
        let created = try TrustsiteBinary.run([
            "init", folder.path, "--name", "Testford Children's Trust", "--local-authority", "Testford Council",
            "--base-url", "https://children.testford.example/",
        ])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created 21 files in \(folder.path)"))
        let config = try String(contentsOf: folder.appending(path: "trustsite.yml"), encoding: .utf8)
        #expect(config.contains("name: \"Testford Children's Trust\""))
        let ignore = try String(contentsOf: folder.appending(path: ".gitignore"), encoding: .utf8)
        #expect(ignore.contains("/site/\n") && ignore.contains("/.site-cache/\n") && ignore.contains("/.site.spare/\n"))
        #expect(ignore.contains("/.site.lock\n"))
        for path in [
            "content/plan/index.md", "content/board/board.yml", "content/offer/index.md", "content/pages/contact.md",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder.appending(path: path).path), "\(path)")
        }

        // Every required file exists, but nothing is invented: the checks list what is left to write.
        let check = try TrustsiteBinary.run(["check", "--site", folder.path, "--today", "2026-11-22"])
        #expect(check.status == 1)
        #expect(check.stdout.contains(" errors, "))
        let build = try TrustsiteBinary.run(["build", "--site", folder.path, "--today", "2026-11-22"])
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "site").path))

        let again = try TrustsiteBinary.run(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already has files in it. Choose a new or empty folder."))
        #expect(try String(contentsOf: folder.appending(path: "trustsite.yml"), encoding: .utf8) == config)
    }

    @Test func newReviewListsEveryActionAndNeverOverwrites() throws {
        let site = try HostileDeterminismTests.copyOfExample()
        defer { try? FileManager.default.removeItem(at: site) }
        let made = try TrustsiteBinary.run(["new", "review", "2027-28", "--site", site.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Created content/reviews/2027-28.md."))
        let review = site.appending(path: "content/reviews/2027-28.md")
        let text = try String(contentsOf: review, encoding: .utf8)
        #expect(text.contains("period: { start: 2027-04-01, end: 2028-03-31 }"))
        let plan = try String(
            contentsOf: site.appending(path: "content/plan/priorities/p1-mental-health.md"), encoding: .utf8)
        #expect(plan.contains("A1.1") && text.contains("  A1.1:   # "))
        #expect(text.components(separatedBy: "    status:\n").count - 1 == 29)

        // Its statuses are empty, so the checks fail until each is filled in.
        let check = try TrustsiteBinary.run(["check", "--site", site.path, "--today", "2026-11-22"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("content/reviews/2027-28.md"))

        let again = try TrustsiteBinary.run(["new", "review", "2027-28", "--site", site.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/reviews/2027-28.md already exists; it was left as it is."))
        #expect(try String(contentsOf: review, encoding: .utf8) == text)

        let badYear = try TrustsiteBinary.run(["new", "review", "2027", "--site", site.path])
        #expect(badYear.status == 1)
        #expect(badYear.stderr.contains("'2027' is not a plan year. Write it like 2026-27."))
    }
}
