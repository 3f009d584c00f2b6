/// Something wrong (or worth knowing) about a site's input, said so that the person who edits
/// the content can act on it: where, what, and what to do.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What to do about it, e.g. the exact lines to add.
    public var hint: String?
    /// The publication rule broken, for findings of `trustsite check`.
    public var ruleID: String?
    /// Where the rule comes from, for findings of `trustsite check`.
    public var citation: String?

    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil,
        ruleID: String? = nil, citation: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.ruleID = ruleID
        self.citation = citation
    }

    /// `path:line:col: error[RULE]: message`, then the citation and the hint on indented lines.
    public var formatted: String {
        let label = ruleID.map { "\(severity.rawValue)[\($0)]" } ?? severity.rawValue
        var text = "\(location): \(label): \(message)"
        if let citation { text += "\n  source: \(citation)" }
        if let hint {
            let lines = hint.split(separator: "\n", omittingEmptySubsequences: false)
            text += "\n  help: " + lines.joined(separator: "\n        ")
        }
        return text
    }
}

/// Collects diagnostics while a stage reads many files.
public final class DiagnosticLog: Sendable {
    // Loaders on several threads may report at once.
    private let items = Locked<[Diagnostic]>([])

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        items.withLock { $0.append(diagnostic) }
    }

    public func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        report(Diagnostic(.error, at: location, message, hint: hint))
    }

    public func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        report(Diagnostic(.warning, at: location, message, hint: hint))
    }

    /// Everything reported, in file and line order, so output never depends on timing.
    public var diagnostics: [Diagnostic] {
        items.withLock { $0 }.sorted {
            ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message)
        }
    }

    public var hasErrors: Bool { items.withLock { $0.contains { $0.severity == .error } } }
}
