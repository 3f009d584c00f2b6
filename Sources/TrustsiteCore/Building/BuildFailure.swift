/// Why a build stopped. Every case carries its reason, so a failure can always say what to fix.
public enum BuildFailure: Error, Sendable {
    /// The content or the templates cannot be read; the diagnostics say why (at least one is an error).
    case invalidInput([Diagnostic])
    /// The site breaks publication rules; the report lists them. Nothing was published.
    case checksFailed(SiteChecker.Report)
    /// The output could not be locked, written or put in place.
    case output(OutputError)

    /// The site could not be loaded, for the reasons in `diagnostics`. Should they hold no error (a
    /// fault in trustsite), one is added saying so: the failure never reads "0 errors".
    static func unloadable(_ diagnostics: [Diagnostic]) -> BuildFailure {
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return .invalidInput(diagnostics) }
        let fault = Diagnostic(
            .error, at: SourceLocation(file: ConfigLoader.path),
            "the site could not be loaded, and no reason was recorded.",
            hint: "This is a fault in trustsite: please report it, with the site if you can.")
        return .invalidInput(diagnostics + [fault])
    }

    /// The reasons, as diagnostics; never empty, and at least one is an error.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalidInput(let diagnostics): diagnostics
        case .checksFailed(let report): report.diagnostics
        case .output(let error): [Diagnostic(.error, at: SourceLocation(file: error.path), error.description)]
        }
    }
}
