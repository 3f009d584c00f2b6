import Foundation

/// Writes a site into a staging folder beside the output and swaps it into place only when
/// every file is written, so a failed build never leaves a half-written or emptied site.
public struct SiteWriter: Sendable {
    /// Written into every output, so trustsite only ever replaces a folder it made itself.
    static let markerName = ".trustsite-output"

    public let output: URL
    let staging: URL

    /// Prepares a fresh staging folder and removes ones left by builds that were killed.
    public init(output: URL, siteRoot: URL) throws(OutputError) {
        let output = output.standardizedFileURL
        let root = siteRoot.standardizedFileURL
        self.output = output
        try Self.refuseUnsafe(output: output, root: root)
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        staging = parent.appending(path: ".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        Self.removeStale(in: parent, name: name)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("This folder is written by trustsite and replaced on every build.\n".utf8)
                .write(to: staging.appending(path: Self.markerName))
        } catch {
            throw .writeFailed(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// Writes one file of the site; `relativePath` is like `plan/index.html`.
    public func write(_ data: Data, to relativePath: String) throws(OutputError) {
        let url = staging.appending(path: relativePath)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw .writeFailed(path: relativePath, reason: error.localizedDescription)
        }
    }

    /// Puts the staged site in place of the output.
    public func commit() throws(OutputError) {
        let manager = FileManager.default
        let previous = output.deletingLastPathComponent()
            .appending(path: ".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        let hadOutput = manager.fileExists(atPath: output.path)
        do {
            if hadOutput { try manager.moveItem(at: output, to: previous) }
        } catch {
            abandon()
            throw .swapFailed(path: output.path, reason: error.localizedDescription)
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? manager.moveItem(at: previous, to: output) }
            abandon()
            throw .swapFailed(path: output.path, reason: error.localizedDescription)
        }
        if hadOutput { try? manager.removeItem(at: previous) }
    }

    /// Removes the staging folder after a failure.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    private static func refuseUnsafe(output: URL, root: URL) throws(OutputError) {
        let outputPath = output.path
        let rootPath = root.path
        if outputPath == rootPath || rootPath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
            throw .unsafeOutput(path: outputPath, reason: "it holds the site's own content.")
        }
        for protected in ["content", "templates"] {
            let folder = root.appending(path: protected).standardizedFileURL.path
            if outputPath == folder || outputPath.hasPrefix(folder + "/") {
                throw .unsafeOutput(path: outputPath, reason: "it is inside the site's \(protected) folder.")
            }
        }
        let manager = FileManager.default
        guard manager.fileExists(atPath: outputPath) else { return }
        let entries = (try? manager.contentsOfDirectory(atPath: outputPath)) ?? []
        if !entries.isEmpty, !entries.contains(markerName) {
            throw .notTrustsiteOutput(path: outputPath)
        }
    }

    /// Staging and previous folders whose build process is gone are leftovers of a killed build.
    private static func removeStale(in parent: URL, name: String) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            for kind in ["staging", "previous"] where entry.hasPrefix(".\(name).\(kind)-") {
                let pid = Int32(entry.dropFirst(".\(name).\(kind)-".count)) ?? 0
                if pid != ProcessInfo.processInfo.processIdentifier, pid > 0, kill(pid, 0) == 0 { continue }
                try? manager.removeItem(at: parent.appending(path: entry))
            }
        }
    }
}
