import ArgumentParser
import Foundation
import TrustsiteCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site against the publication requirements.",
        discussion: """
            Every problem is reported in one run: what cannot be loaded is reported at its line and \
            left out, and the rest is still checked. Exit status: 0 when there are no errors, 1 when \
            there are errors, 2 when the site cannot be read at all (no usable trustsite.yml, or a \
            content folder that cannot be read).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Output format: text, json or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(
        name: .long,
        help: "Also list every page's reading ease score (Flesch; higher is easier, 60 to 70 is plain English).")
    var readability = false

    @Flag(name: .long, help: "List every rule with its level and citation, and exit.")
    var listRules = false

    func run() throws {
        if listRules {
            print(RuleTable.markdown(), terminator: "")
            return
        }
        let inspection = SiteInspection(
            root: siteOptions.siteRoot, clock: try siteOptions.clock(), strict: strict,
            scoresReadability: readability || format == .json)
        switch inspection.run() {
        case .unloadable(let diagnostics):
            // Only trustsite.yml was read, if it could be opened at all.
            let configuration = siteOptions.siteRoot.appending(path: "trustsite.yml").path
            let read = FileManager.default.isReadableFile(atPath: configuration) ? 1 : 0
            emit(diagnostics, fileCount: read, waived: [], edition: .y2010)
            if format == .text { Terminal.printError("The site cannot be checked until these are fixed.") }
            throw ExitCode(2)
        case .checked(let report):
            emit(
                report.diagnostics, fileCount: report.fileCount, waived: report.waived, edition: report.edition,
                readability: report.readability)
            if report.errorCount > 0 { throw ExitCode(1) }
        }
    }

    private func emit(
        _ diagnostics: [Diagnostic], fileCount: Int, waived: [(rule: String, reason: String, findings: Int)],
        edition: Edition,
        readability: [PageReadability] = []
    ) {
        switch format {
        case .text:
            if self.readability {
                print("Reading ease of each page (Flesch; higher is easier, 60 to 70 is plain English):")
                for page in readability.sorted(by: { ($0.score, $0.file) < ($1.score, $1.file) }) {
                    let score = String(Int(page.score.rounded()))
                    print(
                        String(repeating: " ", count: max(0, 5 - score.count)) + score + "  " + page.file + "  "
                            + page.title)
                }
                print()
            }
            print(TextReport.render(diagnostics, fileCount: fileCount, waived: waived), terminator: "")
        case .json:
            print(
                JSONReport.render(diagnostics, fileCount: fileCount, waived: waived, readability: readability),
                terminator: "")
        case .sarif:
            print(SARIFReport.render(diagnostics, rules: RuleCatalogue.all, edition: edition), terminator: "")
        }
    }
}
