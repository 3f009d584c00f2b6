import Foundation

/// A `trustsite` process started without waiting for it; what it prints goes to files, so a test
/// can read it while the process runs.
final class RunningTrustsite {
    private let process = Process()
    private let logs: URL

    init(_ arguments: [String], in folder: URL? = nil) throws {
        logs = TrustsiteBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: logs.appending(path: "out").path, contents: nil)
        _ = FileManager.default.createFile(atPath: logs.appending(path: "err").path, contents: nil)
        process.executableURL = TrustsiteBinary.url
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardOutput = try FileHandle(forWritingTo: logs.appending(path: "out"))
        process.standardError = try FileHandle(forWritingTo: logs.appending(path: "err"))
        try process.run()
    }

    /// What it has written to standard error so far.
    var stderr: String {
        String(
            decoding: FileManager.default.contents(atPath: logs.appending(path: "err").path) ?? Data(), as: UTF8.self)
    }

    var isRunning: Bool { process.isRunning }

    /// Polls standard error until it contains `text`, for at most `seconds`; true if it did.
    func waitForError(containing text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stderr.contains(text) { return true }
            if !process.isRunning { return stderr.contains(text) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Waits for it to end; its exit status and everything it printed.
    func finish() -> TrustsiteBinary.Result {
        process.waitUntilExit()
        let out = FileManager.default.contents(atPath: logs.appending(path: "out").path) ?? Data()
        let result = TrustsiteBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: stderr)
        try? FileManager.default.removeItem(at: logs)
        return result
    }
}
