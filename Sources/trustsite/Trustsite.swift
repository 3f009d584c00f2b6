import ArgumentParser

@main
struct Trustsite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trustsite",
        abstract:
            "Builds a Children's Trust's public website from Markdown and YAML, and checks it against the publication requirements.",
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self]
    )
}
