import Foundation

/// Prints a self-contained HTML file to PDF. `ChromiumPrinter` is the real one; tests give their own
/// to count how often printing happens.
protocol PagePrinter: Sendable {
    /// Names the printer and its version ("Chromium 156.0.8078.114"): printed PDFs are cached under
    /// it, so a new printer prints them again.
    func version() throws(PrintFailure) -> String
    /// Prints `source` (an HTML file) to a PDF at `destination`.
    func print(_ source: URL, to destination: URL) throws(PrintFailure)
}

/// Why a page could not be printed, in words for the person building the site.
struct PrintFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong and what to do.
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
