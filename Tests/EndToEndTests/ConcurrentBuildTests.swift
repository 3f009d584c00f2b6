import Foundation
import Testing

/// Builds of one output never run at the same time: a second waits for the first (and says so), or
/// with --no-wait stops with a clear message; the lock is a `flock` on `.site.lock` beside `site/`.
@Suite struct ConcurrentBuildTests {
    /// Holds the lock as a running build would: `flock` on the lock file, with this process's id written in.
    struct HeldLock {
        let descriptor: Int32

        init(_ path: URL) throws {
            descriptor = open(path.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            try #require(descriptor >= 0)
            try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
            let text = "\(getpid())\n"
            _ = ftruncate(descriptor, 0)
            _ = pwrite(descriptor, text, text.utf8.count, 0)
        }

        func release() { close(descriptor) }
    }

    let arguments = ["build", "--today", "2026-11-22"]

    @Test func noWaitFailsNamingTheLockAndTheProcess() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let lock = site.root.appending(path: ".site.lock")
        let held = try HeldLock(lock)
        defer { held.release() }
        let result = try TrustsiteBinary.run(arguments + ["--no-wait"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "error: another build of \(site.root.path)/site is running (process \(getpid()) holds the lock "
                + "\(lock.path)), so this one stops. Wait for it to finish, or build without --no-wait to wait "
                + "for it; the site is untouched.\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
    }

    @Test func aSecondBuildWaitsAndSaysSo() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let held = try HeldLock(site.root.appending(path: ".site.lock"))
        let build = try RunningTrustsite(arguments, in: site.root)
        let message = "Waiting for another build of site/ to finish (process \(getpid()))…\n"
        let told = build.waitForError(containing: message, seconds: 60)
        #expect(told, "stderr: \(build.stderr)")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(build.isRunning)
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
        held.release()
        let result = build.finish()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == message)
        #expect(result.stdout.hasPrefix("Built 34 pages into site/"))
    }

    /// Two builds started together into one output: both succeed, one after the other; the site
    /// they leave is byte for byte a clean build's, and the next build finds it up to date.
    @Test func concurrentBuildsIntoOneOutputBothSucceed() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        let builds = try [arguments, arguments + ["--clean"]].map { try RunningTrustsite($0, in: site.root) }
        for result in builds.map({ $0.finish() }) {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Built 34 pages") || result.stdout.contains("is up to date"))
        }
        let clean = site.root.appending(path: "clean")
        let reference = try TrustsiteBinary.run(arguments + ["--output", clean.path], in: site.root)
        #expect(reference.status == 0, "\(reference.stderr)")
        #expect(TrustsiteBinary.snapshot(site.root.appending(path: "site")) == TrustsiteBinary.snapshot(clean))
        let again = try TrustsiteBinary.run(arguments, in: site.root)
        #expect(again.stdout.contains("site/ is up to date"))
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(Set(beside).isSubset(of: [".site.lock", ".site.spare", ".site-cache", ".clean.lock", ".clean-cache"]))
    }
}
