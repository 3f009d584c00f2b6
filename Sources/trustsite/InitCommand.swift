import ArgumentParser
import Foundation
import TrustsiteCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site with every required file, ready to fill in.",
        discussion: """
            Every file holds guidance in comments and no invented facts: run `trustsite check` in the new \
            folder to see what is still to write.
            """
    )

    @Argument(help: "The folder to create (new or empty).")
    var folder: String

    @Option(name: .long, help: "The Trust's name.")
    var name: String?

    @Option(name: .customLong("local-authority"), help: "The local authority.")
    var localAuthority: String?

    @Option(
        name: .customLong("base-url"), help: "Where the site will be published, e.g. https://children.example.gov.uk/.")
    var baseURL: String?

    func run() throws {
        let url = URL(
            fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let files = try SiteScaffold(name: name, localAuthority: localAuthority, baseURL: baseURL).write(to: url)
            print("Created \(files.count) files in \(folder). Next: cd \(folder) && trustsite check")
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new document from the current content.",
        subcommands: [NewReviewCommand.self]
    )
}

struct NewReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write an annual review listing every action of the plan, ready for a status and evidence."
    )

    @Argument(help: "The plan year, e.g. 2026-27.")
    var year: String

    @Option(name: .long, help: "The site folder (holding trustsite.yml). Default: the current folder.")
    var site: String = "."

    func run() throws {
        let root = URL(
            fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let path = try ReviewScaffold(root: root.standardizedFileURL, year: year).write()
            print("Created \(path). Fill in each action's status and evidence; `trustsite check` lists what is left.")
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}
