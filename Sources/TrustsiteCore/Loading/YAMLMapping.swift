import Yams

/// A YAML mapping whose keys are read one by one; keys never read are reported as unknown.
final class YAMLMapping {
    private(set) var entries: [(key: String, value: YAMLValue)] = []
    /// Where each key's (first) entry is: a mapping may have 100,000 keys, each read once.
    private var positions: [String: Int] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    private var read: Set<String> = []
    let parent: YAMLValue

    init(_ mapping: Node.Mapping, parent: YAMLValue) {
        self.parent = parent
        for (keyNode, valueNode) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let path = parent.keyPath.isEmpty ? key : "\(parent.keyPath).\(key)"
            let value = YAMLValue(
                node: valueNode, file: parent.file, lineOffset: parent.lineOffset, keyPath: path, log: parent.log)
            keyLocations[key] =
                YAMLValue(
                    node: keyNode, file: parent.file, lineOffset: parent.lineOffset, keyPath: path, log: parent.log
                ).location
            if positions[key] == nil { positions[key] = entries.count }
            entries.append((key, value))
        }
    }

    var location: SourceLocation { parent.location }
    var log: DiagnosticLog { parent.log }

    /// The value of `key`, or nil when absent or null. Marks the key as known.
    func value(_ key: String) -> YAMLValue? {
        read.insert(key)
        guard let position = positions[key], case let value = entries[position].value, !value.isNull else { return nil }
        return value
    }

    /// Reports a missing required key, with what to write.
    func missing(_ key: String, example: String, why: String) {
        let path = parent.keyPath.isEmpty ? key : "\(parent.keyPath).\(key)"
        log.error(location, "'\(path)' is missing.", hint: "\(why) For example:\n\(example)")
    }

    /// Text, or nil when absent or blank (`""` says no more than leaving the key out).
    func string(_ key: String) -> String? {
        guard let text = value(key)?.string("text"), !text.isEmpty else { return nil }
        warnAboutHiddenCharacters(key, text)
        return text
    }
    func day(_ key: String) -> Day? { value(key)?.day() }
    func int(_ key: String) -> Int? { value(key)?.int() }
    func bool(_ key: String) -> Bool? { value(key)?.bool() }
    func strings(_ key: String) -> [String]? { value(key)?.strings("text") }
    func mapping(_ key: String) -> YAMLMapping? { value(key)?.mapping() }
    func list(_ key: String) -> [YAMLValue]? { value(key)?.list() }

    func requiredString(_ key: String, example: String, why: String) -> String? {
        guard let value = value(key) else {
            missing(key, example: example, why: why)
            return nil
        }
        let text = value.string("text")
        if let text { warnAboutHiddenCharacters(key, text) }
        return text
    }

    /// Names and titles are how people find and tell apart members, partners, services and pages:
    /// one holding a direction control or a zero-width character reads differently from how it is
    /// stored (and sorts and searches as what is stored), so it is warned about where it is written.
    private func warnAboutHiddenCharacters(_ key: String, _ text: String) {
        guard key == "title" || key == "name" || key.hasSuffix("_name"),
            let hazard = TextHazards.hazard(in: text)
        else { return }
        log.warning(
            location(of: key),
            "'\(parent.keyPath.isEmpty ? key : parent.keyPath + "." + key)' contains \(hazard), "
                + "so it reads differently from how it is stored.",
            hint: "Retype the \(key) without it (in most editors, delete the text and type it again; "
                + "text copied from a PDF or a web page is the usual cause).")
    }

    func requiredDay(_ key: String, example: String, why: String) -> Day? {
        guard let value = value(key) else {
            missing(key, example: example, why: why)
            return nil
        }
        return value.day()
    }

    /// Where every value is written, by key, with each item of a list as `key[1]`, `key[2]`...
    /// (reading them does not count as reading the keys).
    var fieldLocations: FieldLocations {
        var locations: [String: SourceLocation] = [:]
        for (key, value) in entries.reversed() {
            locations[key] = value.location
            guard case .sequence(let items) = value.node else { continue }
            for (index, item) in items.enumerated() {
                locations["\(key)[\(index + 1)]"] =
                    YAMLValue(node: item, file: value.file, lineOffset: value.lineOffset, keyPath: "", log: log)
                    .location
            }
        }
        return FieldLocations(locations)
    }

    /// `fieldLocations`, with the values of the mappings at `sections` (dotted key paths,
    /// `accessibility.tested`) as `section.key`.
    func fieldLocations(including sections: [String]) -> FieldLocations {
        var fields = fieldLocations
        for section in sections {
            var mapping: YAMLMapping? = self
            for key in section.split(separator: ".").map(String.init) {
                guard let value = mapping?.entries.first(where: { $0.key == key })?.value,
                    case .mapping(let node) = value.node
                else {
                    mapping = nil
                    break
                }
                mapping = YAMLMapping(node, parent: value)
            }
            if let mapping { fields = fields.merging(mapping.fieldLocations, under: section) }
        }
        return fields
    }

    /// Where `key` is written, or where the mapping starts when it is absent.
    func location(of key: String) -> SourceLocation {
        guard let position = positions[key] else { return location }
        return entries[position].value.location
    }

    /// Warns about every key that was never read, suggesting the nearest known one.
    func reportUnknownKeys() {
        for (key, value) in entries where !read.contains(key) {
            let suggestion = KeySuggester.suggestion(for: key, among: read)
            let hint =
                suggestion.map { "Did you mean '\($0)'?" }
                ?? "Known keys here: " + read.sorted().joined(separator: ", ") + "."
            log.warning(keyLocations[key] ?? value.location, "unknown key '\(value.keyPath)' is ignored.", hint: hint)
        }
    }
}

extension YAMLValue {
    /// Parses YAML text; a syntax error is reported with its line and column.
    static func parse(_ yaml: String, file: String, lineOffset: Int, log: DiagnosticLog) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                return YAMLValue(
                    node: .mapping(Node.Mapping([])), file: file, lineOffset: lineOffset, keyPath: "",
                    log: log)
            }
            return YAMLValue(node: node, file: file, lineOffset: lineOffset, keyPath: "", log: log)
        } catch let error as YamlError {
            log.report(syntaxDiagnostic(error, file: file, lineOffset: lineOffset))
        } catch {
            log.error(SourceLocation(file: file), "the YAML cannot be read: \(error)")
        }
        return nil
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        let hint =
            "Check the indentation (spaces, not tabs), that every `key:` has a space after the colon, "
            + "and put text containing `: ` or starting with a quote in double quotes."
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location = SourceLocation(file: file, line: context.mark.line + lineOffset, column: context.mark.column)
            return Diagnostic(
                .error, at: location,
                "the key '\(duplicates.joined(separator: "', '"))' is written twice in the same place.",
                hint: "Keep one of them: only one value can count.")
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
            if problem.contains("nesting level") {
                // libyaml stops at 1,000 levels (a guard against stack exhaustion): say so plainly.
                return Diagnostic(
                    .error, at: location, "the YAML nests lists or mappings more than 1,000 levels deep.",
                    hint: "No trustsite file needs more than a few levels: look for a long run of `[`, `{` or `- `.")
            }
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return Diagnostic(.error, at: location, "the YAML is malformed: \(detail).", hint: hint)
        default:
            return Diagnostic(.error, at: SourceLocation(file: file), "the YAML is malformed: \(error).", hint: hint)
        }
    }
}
