/// SARIF 2.1.0, so code hosts can show findings beside the lines they are about.
public enum SARIFReport {
    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case version
            case schema = "$schema"
            case runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "trustsite"
        var rules: [RuleDescriptor]
    }

    struct RuleDescriptor: Encodable {
        var id: String
        var shortDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Text: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: Artifact
        var region: Region?
    }

    struct Artifact: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    public static func render(_ diagnostics: [Diagnostic], rules: [any PublicationRule], edition: Edition) -> String {
        var descriptors = rules.compactMap { rule -> RuleDescriptor? in
            guard let level = rule.level(in: edition) else { return nil }
            return RuleDescriptor(
                id: rule.id, shortDescription: Text(text: rule.requirement),
                help: Text(text: "Source: \(rule.citation)"), defaultConfiguration: Configuration(level: level.rawValue)
            )
        }
        if diagnostics.contains(where: { $0.ruleID == nil }) {
            descriptors.append(
                RuleDescriptor(
                    id: "LOAD",
                    shortDescription: Text(
                        text: "The site's files can be read: valid YAML and Markdown, known keys, existing references."),
                    help: Text(text: "Fix the file at the reported line."),
                    defaultConfiguration: Configuration(level: "error")))
        }
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = diagnostics.map { diagnostic -> Result in
            let rule = diagnostic.ruleID ?? "LOAD"
            let message = diagnostic.hint.map { diagnostic.message + "\n" + $0 } ?? diagnostic.message
            let region =
                diagnostic.location.line > 0
                ? Region(
                    startLine: diagnostic.location.line,
                    startColumn: diagnostic.location.column > 0 ? diagnostic.location.column : nil)
                : nil
            return Result(
                ruleId: rule, ruleIndex: index[rule], level: diagnostic.severity.rawValue, message: Text(text: message),
                locations: [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: Artifact(uri: diagnostic.location.file), region: region))
                ])
        }
        return JSONReport.encode(Log(runs: [Run(tool: Tool(driver: Driver(rules: descriptors)), results: results)]))
    }
}
