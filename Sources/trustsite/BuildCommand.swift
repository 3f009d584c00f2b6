import ArgumentParser
import Foundation
import TrustsiteCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static files.",
        discussion: """
            The site is built into a staging folder beside the output and swapped into place only when \
            every page is written: a failed build leaves the previous site untouched. One build of an \
            output runs at a time: another waits for it, or with --no-wait stops.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Where to write the site. Default: site/ in the site folder.")
    var output: String?

    @Flag(
        name: .long,
        help: "Build even if checks fail, marking every page \"Draft: not for publication\" with the open errors.")
    var draft = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Rebuild everything, even if nothing has changed since the last build.")
    var clean = false

    @Flag(
        name: .customLong("no-wait"),
        help: "If another build of the same output is running, fail at once instead of waiting for it.")
    var noWait = false

    func run() throws {
        let root = siteOptions.siteRoot
        let outputURL =
            output.map {
                URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            } ?? root.appending(path: "site")
        let builder = SiteBuilder(
            options: .init(
                siteRoot: root, output: outputURL, clock: try siteOptions.clock(), draft: draft, strict: strict,
                clean: clean, wait: !noWait))
        let log = DiagnosticLog()
        let progress = ProgressReporter()
        do {
            let summary = try builder.build(
                log: log, progress: { done, total in progress.report(done, of: total) },
                waiting: { holder in
                    let process = holder.map { " (process \($0))" } ?? ""
                    Terminal.printError(
                        "Waiting for another build of \(displayPath(outputURL)) to finish\(process)…")
                })
            Terminal.clearProgress()
            if summary.upToDate {
                print(
                    "\(displayPath(outputURL)) is up to date: nothing has changed since the last build of its "
                        + "\(summary.pagesWritten) pages (\(summary.previousSummary ?? "")). Use --clean to rebuild anyway."
                )
                return
            }
            Terminal.printDiagnostics(summary.report.diagnostics)
            let report = summary.report
            let findings =
                report.diagnostics.isEmpty
                ? "" : " (" + TextReport.summary(report.diagnostics, fileCount: report.fileCount) + ")"
            let kind = draft ? "a draft of " : ""
            let rendered = summary.pagesWritten - summary.pagesReused
            let reuse =
                summary.pagesReused == 0
                ? "" : "; \(rendered) rendered, \(summary.pagesReused) unchanged since the last build"
            print(
                "Built \(kind)\(summary.pagesWritten) pages into \(displayPath(outputURL)) in "
                    + String(format: "%.2f", summary.seconds) + " s\(reuse)\(findings).")
        } catch {
            Terminal.clearProgress()
            switch error {
            case .invalidInput:
                Terminal.printDiagnostics(log.diagnostics)
                Terminal.printError(
                    "Build failed: \(Terminal.count(log.diagnostics)). Nothing was published; "
                        + "\(displayPath(outputURL)) is unchanged.")
            case .checksFailed(let report):
                Terminal.printDiagnostics(report.diagnostics)
                Terminal.printError(
                    "Build refused: " + TextReport.summary(report.diagnostics, fileCount: report.fileCount)
                        + ". Nothing was published; \(displayPath(outputURL)) is unchanged. "
                        + "Fix the errors, or build a draft for reviewers with --draft.")
            case .output(let outputError):
                Terminal.printDiagnostics(log.diagnostics)
                Terminal.printError("error: \(outputError)")
            }
            throw ExitCode(1)
        }
    }

    private func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) + "/" : path + "/"
    }
}

/// Shows "Rendering 1200/10000 pages" on a terminal during long builds, at most a few times a second.
final class ProgressReporter: Sendable {
    private let start = Date()
    private let lastShown = Locked(Date.distantPast)

    func report(_ done: Int, of total: Int) {
        guard Terminal.isInteractive else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > 0.5 else { return }
        let due = lastShown.withLock { lastShown in
            guard now.timeIntervalSince(lastShown) > 0.2 else { return false }
            lastShown = now
            return true
        }
        if due { Terminal.progress("Rendering \(done)/\(total) pages…") }
    }
}
