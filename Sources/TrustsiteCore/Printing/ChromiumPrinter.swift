import Foundation

/// Prints pages through headless Chromium, run as a separate process with a time limit. Found as
/// `TRUSTSITE_CHROMIUM` or, on `PATH`, `chromium`, `chromium-browser` or `google-chrome`; nothing
/// else in trustsite needs it.
struct ChromiumPrinter: PagePrinter {
    /// The Chromium program.
    let executable: URL
    /// How long one page may take to print before it counts as failed.
    var timeout: TimeInterval = 120

    /// The names Chromium is installed under, tried in order on `PATH`.
    static let commandNames = ["chromium", "chromium-browser", "google-chrome"]

    /// What to do when no Chromium is found: install it, or build without PDFs.
    static let missingAdvice =
        "PDFs are printed through headless Chromium, which was not found (looked for "
        + "\(commandNames.joined(separator: ", ")) on PATH, and TRUSTSITE_CHROMIUM). Install it "
        + "(Debian or Ubuntu: `apt-get install chromium`), or set TRUSTSITE_CHROMIUM to the program; "
        + "or build without PDFs: leave out --pdf and set `pdf: false` in trustsite.yml."

    /// The Chromium to use with `environment` (the process's, unless a test gives its own).
    static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PrintFailure) -> ChromiumPrinter {
        let files = FileManager.default
        if let named = environment["TRUSTSITE_CHROMIUM"], !named.isEmpty {
            guard files.isExecutableFile(atPath: named) else {
                throw PrintFailure(
                    "TRUSTSITE_CHROMIUM is \(named), which is not a program that can be run. " + missingAdvice)
            }
            return ChromiumPrinter(executable: URL(fileURLWithPath: named))
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in commandNames {
            for folder in folders where !folder.isEmpty {
                let path = folder + "/" + name
                if files.isExecutableFile(atPath: path) {
                    return ChromiumPrinter(executable: URL(fileURLWithPath: path))
                }
            }
        }
        throw PrintFailure(missingAdvice)
    }

    func version() throws(PrintFailure) -> String {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try run(["--version"], in: folder, timeout: 30)
        // Debian's wrapper script may print its own complaints first: the version is the last line.
        let line = output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        guard !line.isEmpty else { throw PrintFailure("\(executable.path) --version printed nothing") }
        return line.trimmingCharacters(in: .whitespaces)
    }

    func print(_ source: URL, to destination: URL) throws(PrintFailure) {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try? FileManager.default.removeItem(at: destination)
        // A profile of its own: two builds at once must not share Chromium's profile lock.
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--generate-pdf-document-outline", "--no-first-run", "--disable-extensions",
            "--user-data-dir=" + folder.appending(path: "profile").path,
            "--print-to-pdf=" + destination.path, source.absoluteString,
        ]
        let output = try run(arguments, in: folder, timeout: timeout)
        guard FileManager.default.fileExists(atPath: destination.path) else {
            throw PrintFailure("Chromium wrote no PDF; it said: " + Self.lastLines(output))
        }
    }

    /// Runs Chromium, its output (standard output and error together) going to a file so a full
    /// pipe never stalls it; killed, with everything it started, when `timeout` passes.
    private func run(_ arguments: [String], in folder: URL, timeout: TimeInterval) throws(PrintFailure) -> String {
        let log = folder.appending(path: "chromium.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            let handle = try FileHandle(forWritingTo: log)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw PrintFailure("\(executable.path) could not be started: \(error.localizedDescription)")
        }
        let said = { () -> String in (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            Self.stop(process)
            _ = finished.wait(timeout: .now() + 5)
            throw PrintFailure(
                "Chromium did not finish within \(Int(timeout)) \(Int(timeout) == 1 ? "second" : "seconds") and was "
                    + "stopped; it said: "
                    + Self.lastLines(said()))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PrintFailure(
                "Chromium stopped with status \(process.terminationStatus); it said: " + Self.lastLines(said()))
        }
        return said()
    }

    /// Ends Chromium and the processes it started: Debian's `chromium` is a script that runs the
    /// browser as its child, so the whole process group is ended when the child leads its own.
    private static func stop(_ process: Process) {
        let pid = process.processIdentifier
        guard pid > 0 else { return }
        if getpgid(pid) == pid { kill(-pid, SIGKILL) } else { kill(pid, SIGKILL) }
    }

    /// The last few lines of Chromium's output: the error is at the end, after its routine noise.
    static func lastLines(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " / ")
        return lines.isEmpty ? "nothing" : lines
    }

    static func temporaryFolder() throws(PrintFailure) -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "trustsite-print-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PrintFailure("a temporary folder could not be made: \(error.localizedDescription)")
        }
        return folder
    }
}
