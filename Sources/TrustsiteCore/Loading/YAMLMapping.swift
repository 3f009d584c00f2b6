import Yams

/// A YAML mapping whose keys are read one by one; keys never read are reported as unknown.
///
/// It remembers where it and each key are written and which keys it has reported (a value that
/// cannot be read, a required key that is missing), for `places`: what the model keeps so that
/// rules point at the right line and do not report a key again.
final class YAMLMapping {
    private(set) var entries: [(key: String, value: YAMLValue)] = []
    /// Where each key's (first) entry is: a mapping may have 100,000 keys, each read once.
    private var positions: [String: Int] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    private var read: Set<String> = []
    /// Keys reported so far: their value could not be read, or they are required and missing.
    private var reported: Set<String> = []
    /// A stand-in for a mapping that could not be read at all (its file's YAML is malformed): it
    /// has no keys, reports nothing more, and counts every key as reported.
    let isStandIn: Bool
    let parent: YAMLValue

    init(_ mapping: Node.Mapping, parent: YAMLValue) {
        self.parent = parent
        isStandIn = false
        for (keyNode, valueNode) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let path = parent.keyPath.isEmpty ? key : "\(parent.keyPath).\(key)"
            let keyLocation =
                YAMLValue(
                    node: keyNode, file: parent.file, lineOffset: parent.lineOffset, keyPath: path, log: parent.log
                ).location
            let value = YAMLValue(
                node: valueNode, file: parent.file, lineOffset: parent.lineOffset, keyPath: path, log: parent.log,
                rule: parent.rule, keyLocation: keyLocation)
            if keyLocations[key] == nil { keyLocations[key] = keyLocation }
            if positions[key] == nil { positions[key] = entries.count }
            entries.append((key, value))
        }
    }

    /// The stand-in for `file`'s mapping when the file cannot be read (the reason is already reported).
    init(standInFor file: String, log: DiagnosticLog) {
        parent = YAMLValue(node: .mapping(Node.Mapping([])), file: file, lineOffset: 0, keyPath: "", log: log)
        isStandIn = true
    }

    /// Where the mapping is: the line of the key it is written under, its entry in a list, or
    /// line 1 of the file for a file's top level (or front matter). A missing key is reported here.
    var location: SourceLocation {
        if let key = parent.keyLocation { return key }
        if parent.keyPath.isEmpty { return SourceLocation(file: parent.file, line: 1, column: 1) }
        return parent.location
    }

    var log: DiagnosticLog { parent.log }

    /// Where the mapping and its keys are, and which keys have been reported so far: take it once
    /// every key the model needs has been read.
    var places: SourcePlaces {
        var values: [String: SourceLocation] = [:]
        for (key, position) in positions where !entries[position].value.isNull {
            values[key] = entries[position].value.location
        }
        return SourcePlaces(
            item: location, keys: keyLocations, values: values, reported: reported, unreadable: isStandIn)
    }

    /// The value of `key`, or nil when absent or null. Marks the key as known.
    func value(_ key: String) -> YAMLValue? {
        read.insert(key)
        guard let position = positions[key], case let value = entries[position].value, !value.isNull else { return nil }
        return value
    }

    /// Notes that `key` has been reported (something written under it could not be loaded), so
    /// rules do not report it again.
    func markReported(_ key: String) {
        reported.insert(key)
    }

    /// Reports a missing required key, with what to write: at the key when it is written but left
    /// blank, else where the mapping is. The error names `rule` (else the rule the mapping serves).
    func missing(_ key: String, example: String, why: String, rule: String? = nil) {
        reported.insert(key)
        guard !isStandIn else { return }
        let path = parent.keyPath.isEmpty ? key : "\(parent.keyPath).\(key)"
        let diagnostic: Diagnostic
        if let written = keyLocations[key] {
            diagnostic = Diagnostic(.error, at: written, "'\(path)' is empty.", hint: "\(why) For example:\n\(example)")
        } else {
            diagnostic = Diagnostic(
                .error, at: location, "'\(path)' is missing.", hint: "\(why) For example:\n\(example)")
        }
        log.report(diagnostic.breaking(rule ?? parent.rule))
    }

    /// Reads `key` with `read`, noting the key as reported when it is written but cannot be read.
    private func typed<T>(_ key: String, rule: String?, _ read: (YAMLValue) -> T?) -> T? {
        guard let value = value(key) else { return nil }
        guard let result = read(value.serving(rule)) else {
            reported.insert(key)
            return nil
        }
        return result
    }

    /// Text, or nil when absent or blank (`""` says no more than leaving the key out).
    func string(_ key: String, rule: String? = nil) -> String? {
        guard let text = typed(key, rule: rule, { $0.string("text") }), !text.isEmpty else { return nil }
        warnAboutHiddenCharacters(key, text)
        return text
    }
    func day(_ key: String, rule: String? = nil) -> Day? { typed(key, rule: rule) { $0.day() } }
    func int(_ key: String, rule: String? = nil) -> Int? { typed(key, rule: rule) { $0.int() } }
    func bool(_ key: String, rule: String? = nil) -> Bool? { typed(key, rule: rule) { $0.bool() } }
    func mapping(_ key: String, rule: String? = nil) -> YAMLMapping? { typed(key, rule: rule) { $0.mapping() } }
    func list(_ key: String, rule: String? = nil) -> [YAMLValue]? { typed(key, rule: rule) { $0.list() } }
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, rule: String? = nil) -> T?
    where T.RawValue == String {
        typed(key, rule: rule) { $0.choice(type) }
    }

    /// A list of texts, each with where it is written; an item that is not text is reported and
    /// left out (and the key noted as reported).
    func texts(_ key: String, rule: String? = nil) -> [(text: String, location: SourceLocation)]? {
        guard let items = list(key, rule: rule) else { return nil }
        var texts: [(String, SourceLocation)] = []
        for item in items {
            guard let text = item.string("text") else {
                reported.insert(key)
                continue
            }
            texts.append((text, item.location))
        }
        return texts
    }

    func strings(_ key: String, rule: String? = nil) -> [String]? { texts(key, rule: rule)?.map(\.text) }

    func requiredString(_ key: String, example: String, why: String, rule: String? = nil) -> String? {
        guard value(key) != nil else {
            missing(key, example: example, why: why, rule: rule)
            return nil
        }
        guard let text = typed(key, rule: rule, { $0.string("text") }) else { return nil }
        warnAboutHiddenCharacters(key, text)
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

    func requiredDay(_ key: String, example: String, why: String, rule: String? = nil) -> Day? {
        guard value(key) != nil else {
            missing(key, example: example, why: why, rule: rule)
            return nil
        }
        return day(key, rule: rule)
    }

    /// Where `key`'s value is written; where the key is when it is blank; else where the mapping is.
    func location(of key: String) -> SourceLocation {
        guard let position = positions[key] else { return location }
        let value = entries[position].value
        return value.isNull ? keyLocations[key] ?? location : value.location
    }

    /// Where the key itself is written (for an id written as a key), else where the mapping is.
    func keyLocation(_ key: String) -> SourceLocation { keyLocations[key] ?? location }

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
