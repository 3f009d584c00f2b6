import Foundation
import Testing

/// Runs the built `trustsite` executable, as a user would.
struct TrustsiteBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The executable of the same build as the test runner: `swift test` builds both into one
    /// products folder (on Linux the runner itself, on macOS its .xctest bundle). Never a
    /// copy from elsewhere, which could be stale and test old code.
    static let url: URL = {
        // Linux runs the test runner itself from the products folder; macOS runs a tool that loads
        // the .xctest bundle from it.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let bundles = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        for folder in [runner.deletingLastPathComponent()] + bundles.map({ $0.deletingLastPathComponent() }) {
            let candidate = folder.appending(path: "trustsite")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        Issue.record(
            "no trustsite executable beside the test runner \(CommandLine.arguments[0]): run `swift build` first.")
        return URL(fileURLWithPath: "/nonexistent/trustsite")
    }()

    /// `environment` is added to this process's own.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result
    {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Removes a build output and the build cache beside it (`.<name>-cache`).
    static func removeOutput(_ output: URL) {
        let output = output.standardizedFileURL
        try? FileManager.default.removeItem(at: output)
        try? FileManager.default.removeItem(
            at: output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent)-cache"))
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "trustsite-e2e-\(UUID().uuidString)")
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return files }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }
}
