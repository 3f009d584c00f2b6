import Foundation

/// The report for machines: `trustsite check --format json`.
public enum JSONReport {
    struct Document: Encodable {
        struct Finding: Encodable {
            var rule: String?
            var level: String
            var file: String
            var line: Int
            var column: Int
            var message: String
            var citation: String?
            var help: String?
        }

        struct Waiver: Encodable {
            var rule: String
            var reason: String
            var findings: Int
        }

        struct Readability: Encodable {
            var file: String
            var title: String
            var score: Int
        }

        var version = 1
        var errors: Int
        var warnings: Int
        var files: Int
        var findings: [Finding]
        var waived: [Waiver]
        var readability: [Readability]
    }

    public static func render(
        _ diagnostics: [Diagnostic], fileCount: Int, waived: [(rule: String, reason: String, findings: Int)] = [],
        readability: [PageReadability] = []
    ) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let document = Document(
            errors: errors, warnings: diagnostics.count - errors, files: fileCount,
            findings: diagnostics.map {
                Document.Finding(
                    rule: $0.ruleID, level: $0.severity.rawValue, file: $0.location.file, line: $0.location.line,
                    column: $0.location.column, message: $0.message, citation: $0.citation, help: $0.hint)
            },
            waived: waived.map { Document.Waiver(rule: $0.rule, reason: $0.reason, findings: $0.findings) },
            readability: readability.map {
                Document.Readability(file: $0.file, title: $0.title, score: Int($0.score.rounded()))
            })
        return encode(document)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
