import Foundation
import PackagePlugin

/// Turns the package's top-level `templates/` folder (the default theme) into Swift source,
/// so that a `trustsite` binary carries its theme and runs from anywhere.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let themeDirectory = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        let files = try themeFiles(in: themeDirectory)
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(files.count) files)",
                executable: try context.tool(named: "theme-embedder").url,
                arguments: [themeDirectory.path(), output.path()] + files.map { $0.path() },
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    private func themeFiles(in directory: URL) throws -> [URL] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey])
            if values.isRegularFile == true, !url.lastPathComponent.hasPrefix(".") {
                files.append(url)
            }
        }
        return files.sorted { $0.path() < $1.path() }
    }
}
