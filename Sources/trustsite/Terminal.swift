import Foundation
import TrustsiteCore

/// Writing to the terminal: diagnostics to standard error, results to standard output.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            printError(diagnostic.formatted)
        }
    }

    /// A line to standard output, written at once (a long-running command's output is read live).
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Overwrites the current terminal line (for progress), only when attached to a terminal.
    static func progress(_ text: String) {
        guard isInteractive else { return }
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    static func clearProgress() {
        guard isInteractive else { return }
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8))
    }

    /// "2 errors, 5 warnings" with correct plurals.
    static func count(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
