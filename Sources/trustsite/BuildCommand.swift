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
        name: .long,
        help:
            "Also print the whole plan and each annual report to PDF, through headless Chromium, and link them from their pages."
    )
    var pdf = false

    @Flag(
        name: .customLong("no-wait"),
        help: "If another build of the same output is running, fail at once instead of waiting for it.")
    var noWait = false

    /// The folder to build into.
    private var outputURL: URL {
        output.map {
            URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } ?? siteOptions.siteRoot.appending(path: "site")
    }

    func run() throws {
        let outputURL = outputURL
        let builder = SiteBuilder(
            options: .init(
                siteRoot: siteOptions.siteRoot, output: outputURL, clock: try siteOptions.clock(), draft: draft,
                strict: strict,
                clean: clean, wait: !noWait, pdf: pdf))
        let log = DiagnosticLog()
        let progress = ProgressReporter()
        do {
            let outcome = try builder.build(
                log: log, progress: { done, total in progress.report(done, of: total) },
                waiting: { holder in
                    let process = holder.map { " (process \($0))" } ?? ""
                    Terminal.printError(
                        "Waiting for another build of \(displayPath(outputURL)) to finish\(process)…")
                })
            Terminal.clearProgress()
            switch outcome {
            case .upToDate(let pages, let previousSummary):
                print(
                    "\(displayPath(outputURL)) is up to date: nothing has changed since the last build of its "
                        + "\(pages) pages (\(previousSummary)). Use --clean to rebuild anyway.")
            case .built(let summary):
                Terminal.printDiagnostics(summary.report.diagnostics)
                print(built(summary))
            }
        } catch {
            Terminal.clearProgress()
            switch error {
            case .invalidInput(let diagnostics):
                Terminal.printDiagnostics(diagnostics)
                Terminal.printError(
                    "Build failed: \(Terminal.count(diagnostics)). Nothing was published; "
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

    /// "Built 67 pages into site/ in 0.14 s; 19 rendered, 48 unchanged since the last build (…)."
    private func built(_ summary: SiteBuilder.Summary) -> String {
        let report = summary.report
        let findings =
            report.diagnostics.isEmpty
            ? "" : " (" + TextReport.summary(report.diagnostics, fileCount: report.fileCount) + ")"
        let kind = draft ? "a draft of " : ""
        let reuse =
            summary.pagesReused == 0
            ? "" : "; \(summary.pagesRendered) rendered, \(summary.pagesReused) unchanged since the last build"
        return "Built \(kind)\(summary.pagesWritten) pages into \(displayPath(outputURL)) in "
            + String(format: "%.2f", summary.seconds) + " s\(reuse)\(findings)."
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
