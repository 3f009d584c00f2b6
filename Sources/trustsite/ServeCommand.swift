import ArgumentParser
import Foundation
import TrustsiteCore
import TrustsitePreview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally as a draft, rebuilding and reloading open pages as files change.",
        discussion: """
            The preview is built in memory: the published site/ folder is never touched. Each page shows \
            the check report for that page and for the site. Stop with Ctrl-C.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8080

    @Option(name: .long, help: "The address to listen on. Only 127.0.0.1 is private to this machine.")
    var host: String = "127.0.0.1"

    func run() async throws {
        if host != "127.0.0.1" && host != "localhost" {
            Terminal.printError("warning: serving on \(host): other machines on the network can see this draft.")
        }
        let options = PreviewSession.Options(
            siteRoot: siteOptions.siteRoot, host: host, port: port, clock: try siteOptions.clock())
        let session: PreviewSession
        do {
            session = try PreviewSession(options: options)
        } catch {
            Terminal.printError("error: \(PreviewSession.explain(error, host: host, port: port))")
            throw ExitCode(1)
        }
        let initial = await session.initialSnapshot
        if let failure = initial.failure { Terminal.printDiagnostics(failure) }
        // Ctrl-C (and SIGTERM) stop the server cleanly instead of killing it mid-response.
        InterruptSignal.onInterrupt { Task { await session.stop() } }
        do {
            try await session.run { event in
                switch event {
                case .listening(let url):
                    Terminal.say("Serving a draft preview at \(url) (Ctrl-C to stop).")
                    if let report = initial.report {
                        Terminal.say(
                            "Check report: " + TextReport.summary(report.diagnostics, fileCount: report.fileCount) + "."
                        )
                    }
                case .rebuilt(let snapshot, let changed):
                    Self.describe(snapshot, changed: changed)
                }
            }
            Terminal.say("Stopped.")
        } catch is CancellationError {
            Terminal.say("Stopped.")
        } catch {
            Terminal.printError("error: \(PreviewSession.explain(error, host: host, port: port))")
            throw ExitCode(1)
        }
    }

    private static func describe(_ snapshot: SiteSnapshot, changed: Set<String>) {
        let what = changed.count == 1 ? changed.first ?? "" : "\(changed.count) files"
        if let failure = snapshot.failure {
            Terminal.printDiagnostics(failure)
            Terminal.say("\(what) changed: the site cannot be built; open pages show why.")
        } else {
            let ms = Int((snapshot.seconds * 1000).rounded())
            let report =
                snapshot.report.map { " " + TextReport.summary($0.diagnostics, fileCount: $0.fileCount) + "." } ?? ""
            Terminal.say(
                "\(what) changed: rebuilt \(snapshot.pagesRendered) page\(snapshot.pagesRendered == 1 ? "" : "s") in \(ms) ms.\(report)"
            )
        }
    }
}
