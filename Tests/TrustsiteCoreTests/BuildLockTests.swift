import Foundation
import Testing

@testable import TrustsiteCore

/// One build of an output at a time (a `flock` on `.site.lock` beside it), and the "up to date"
/// shortcut only for a published site that carries the last build's id.
@Suite struct BuildLockTests {
    static let today = BuildClock(today: Day(iso: "2026-11-22")!)

    static func builder(_ site: TestSite, output: URL? = nil, clean: Bool = false, wait: Bool = true) -> SiteBuilder {
        SiteBuilder(
            options: .init(
                siteRoot: site.root, output: output ?? site.root.appending(path: "site"), clock: today, clean: clean,
                wait: wait))
    }

    /// Holds the lock file the way another build would: `flock` on its own open file, with its pid written in.
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

    @Test func noWaitFailsWhileAnotherBuildHoldsTheLock() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let lockFile = site.root.appending(path: ".site.lock")
        let held = try HeldLock(lockFile)
        do {
            _ = try Self.builder(site, wait: false).build(log: DiagnosticLog())
            Issue.record("a build must not run while another holds the lock")
        } catch {
            guard case .output(let outputError) = error, case .busy(_, let lock, let pid) = outputError else {
                Issue.record("expected a busy output, got \(error)")
                held.release()
                return
            }
            #expect(lock == lockFile.path)
            #expect(pid == getpid())
            #expect(
                outputError.description
                    == "another build of \(site.root.path)/site is running (process \(getpid()) holds the lock "
                    + "\(lockFile.path)), so this one stops. Wait for it to finish, or build without --no-wait "
                    + "to wait for it; the site is untouched.")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
        held.release()
        #expect(try !Self.builder(site, wait: false).build(log: DiagnosticLog()).isUpToDate)
    }

    /// A build that finds the lock taken says which process holds it, waits, and builds once it is free.
    @Test func buildWaitsForTheLock() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let held = try HeldLock(site.root.appending(path: ".site.lock"))
        let told = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let builder = Self.builder(site)
        Thread.detachNewThread {
            do {
                let summary = try builder.build(
                    log: DiagnosticLog(),
                    waiting: { holder in
                        outcome.set(holder: holder)
                        told.signal()
                    })
                outcome.set(built: summary.pages)
            } catch {
                outcome.set(built: -1)
            }
            finished.signal()
        }
        #expect(told.wait(timeout: .now() + 60) == .success)
        #expect(outcome.holder == getpid())
        // Still waiting: nothing is written while the lock is held.
        #expect(finished.wait(timeout: .now() + 0.5) == .timedOut)
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "site").path))
        held.release()
        #expect(finished.wait(timeout: .now() + 120) == .success)
        #expect(outcome.built == 34)
    }

    /// What the waiting build saw, set from its thread.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var holderValue: Int32?
        private var builtValue = 0

        func set(holder: Int32?) { lock.withLock { holderValue = holder } }
        func set(built: Int) { lock.withLock { builtValue = built } }
        func add(built: Int) { lock.withLock { builtValue += built } }
        var holder: Int32? { lock.withLock { holderValue } }
        var built: Int { lock.withLock { builtValue } }
    }

    /// Two builds run on two threads at once into one output: both succeed, one after the other,
    /// and the site they leave is the one a clean build writes.
    @Test func concurrentBuildsBothSucceed() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let results = Outcome()
        let group = DispatchGroup()
        for clean in [false, true] {
            let builder = Self.builder(site, clean: clean)
            DispatchQueue.global().async(group: group) {
                let built = (try? builder.build(log: DiagnosticLog()))?.pages ?? -1
                results.add(built: built == 34 ? 1 : 0)
            }
        }
        #expect(group.wait(timeout: .now() + 300) == .success)
        #expect(results.built == 2)
        let clean = site.root.appending(path: "clean")
        _ = try Self.builder(site, output: clean, clean: true).build(log: DiagnosticLog())
        #expect(
            IncrementalBuildTests.snapshot(site.root.appending(path: "site")) == IncrementalBuildTests.snapshot(clean))
        #expect(try Self.builder(site).build(log: DiagnosticLog()).isUpToDate)
    }

    /// The marker names the build: the same for the same input, whichever folder it is built into.
    @Test func markerCarriesADeterministicBuildID() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let first = site.root.appending(path: "first")
        let second = site.root.appending(path: "second")
        _ = try Self.builder(site, output: first).build(log: DiagnosticLog())
        _ = try Self.builder(site, output: second, clean: true).build(log: DiagnosticLog())
        let marker = try String(contentsOf: first.appending(path: SiteMarker.name), encoding: .utf8)
        let id = try #require(SiteMarker.buildID(in: first))
        #expect(marker == "This folder is written by trustsite and replaced on every build.\nbuild \(id)\n")
        #expect(FileManager.default.contents(atPath: second.appending(path: SiteMarker.name).path) == Data(marker.utf8))
        #expect(BuildFingerprint.load(for: first)?.buildID == id)

        try site.replace("Sports, music and a quiet room.", with: "Sports.", in: "content/offer/services/youth-club.md")
        _ = try Self.builder(site, output: first).build(log: DiagnosticLog())
        #expect(SiteMarker.buildID(in: first) != id)
    }

    /// An older build's swap put its site in place after the last build wrote the cache: the inputs
    /// have not changed since, but the published site is not theirs, so the build is done again.
    @Test func aSiteSwappedInBehindTheCacheIsNotUpToDate() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        let older = site.root.appending(path: "older")
        _ = try Self.builder(site).build(log: DiagnosticLog())
        try FileManager.default.copyItem(at: output, to: older)

        try site.replace("Sports, music and a quiet room.", with: "Sports.", in: "content/offer/services/youth-club.md")
        _ = try Self.builder(site).build(log: DiagnosticLog())
        let current = IncrementalBuildTests.snapshot(output)
        #expect(try Self.builder(site).build(log: DiagnosticLog()).isUpToDate)

        // The older site swapped back in, as the late swap of an older build would.
        try FileManager.default.removeItem(at: output)
        try FileManager.default.moveItem(at: older, to: output)
        let again = try Self.builder(site).build(log: DiagnosticLog())
        #expect(!again.isUpToDate)
        #expect(IncrementalBuildTests.snapshot(output) == current)
        #expect(try Self.builder(site).build(log: DiagnosticLog()).isUpToDate)
    }

    /// The same with only the marker's id changed (a site another build wrote), or without an id (an older trustsite).
    @Test(arguments: ["build 0123456789abcdef\n", ""])
    func aMarkerWithAnotherIDIsNotUpToDate(_ idLine: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let output = site.root.appending(path: "site")
        _ = try Self.builder(site).build(log: DiagnosticLog())
        let marker = output.appending(path: SiteMarker.name)
        try FileManager.default.removeItem(at: marker)
        try Data(("This folder is written by trustsite and replaced on every build.\n" + idLine).utf8).write(to: marker)
        #expect(try !Self.builder(site).build(log: DiagnosticLog()).isUpToDate)
        #expect(try Self.builder(site).build(log: DiagnosticLog()).isUpToDate)
    }
}
