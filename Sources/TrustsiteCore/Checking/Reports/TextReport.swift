/// The report people read: compiler-style findings, then a summary line.
public enum TextReport {
    public static func render(
        _ diagnostics: [Diagnostic], fileCount: Int, waived: [(rule: String, reason: String, findings: Int)] = []
    ) -> String {
        var lines = diagnostics.map(\.formatted)
        lines.append(summary(diagnostics, fileCount: fileCount, waived: waived))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 errors, 5 warnings in 31 files` (and the waived rules, if any).
    public static func summary(
        _ diagnostics: [Diagnostic], fileCount: Int, waived: [(rule: String, reason: String, findings: Int)] = []
    ) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var text =
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(fileCount) file\(fileCount == 1 ? "" : "s")"
        if !waived.isEmpty {
            text +=
                " (\(waived.count) rule\(waived.count == 1 ? "" : "s") waived: "
                + waived.map(\.rule).joined(separator: ", ") + ")"
        }
        return text
    }
}
