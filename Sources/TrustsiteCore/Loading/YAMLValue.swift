import TrustsiteMarkdown
import Yams

/// A YAML value together with where it was written, so every complaint about it can name the
/// file, line and column. Read through the typed accessors, which report what is wrong.
struct YAMLValue {
    let node: Node
    let file: String
    /// Lines above the YAML text in its file (front matter starts on line 2).
    let lineOffset: Int
    /// The key path for messages, e.g. `actions[2].lead`.
    let keyPath: String
    let log: DiagnosticLog
    /// The publication rule a value here serves (`PLAN-SIGN-OFF` under `sign_off:`): an error
    /// about it carries the rule's id and citation. Values written under it inherit it.
    var rule: String? = nil
    /// Where the key this value is written under is, for a value of a mapping.
    var keyLocation: SourceLocation? = nil

    /// The same value, serving `rule` (nil keeps the rule it has).
    func serving(_ rule: String?) -> YAMLValue {
        guard let rule else { return self }
        var copy = self
        copy.rule = rule
        return copy
    }

    /// Reports an error about this value, naming the rule it serves.
    func fail(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        log.report(Diagnostic(.error, at: location, message, hint: hint).breaking(rule))
    }

    var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// True for `~`, `null` and an empty value: treated as if the key were absent.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The text of a scalar; reports an error for a list or a mapping.
    func string(_ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(
                location, "'\(keyPath)' should be \(what), but it is \(kindDescription).",
                hint: "Write it on one line after the colon, e.g. `\(lastKey): some text`.")
            return nil
        }
        let text = scalar.string.trimmedWhitespace
        // A double-quoted YAML value can spell a character the file itself may not hold ("\0", "\x07",
        // "\uFFFE"): the text, not only the file, is checked.
        if let (forbidden, _, _) = ForbiddenCharacters.first(in: text) {
            fail(
                location,
                "'\(keyPath)' contains \(ForbiddenCharacters.describe(forbidden)), which cannot be published.",
                hint: "Remove it from the quoted text (an escape such as \\0, \\a or \\x07 writes one).")
            return nil
        }
        return text
    }

    func day() -> Day? {
        guard let text = string("a date") else { return nil }
        guard let day = Day(iso: text) else {
            fail(
                location, "'\(keyPath)' should be a date written YYYY-MM-DD, but it is '\(text)'.",
                hint: "Write the date as year-month-day, e.g. `\(lastKey): 2026-03-31`.")
            return nil
        }
        guard Day.plausibleYears.contains(day.year) else {
            fail(
                location,
                "'\(keyPath)' is \(text), which cannot be right: trustsite reads dates from "
                    + "\(Day.plausibleYears.lowerBound) to \(Day.plausibleYears.upperBound).",
                hint:
                    "Check the year (a typing slip such as 0025 for 2025 is the usual cause), e.g. `\(lastKey): 2026-03-31`."
            )
            return nil
        }
        return day
    }

    func int() -> Int? {
        guard let text = string("a whole number") else { return nil }
        if let number = Int(text) { return number }
        fail(
            location, "'\(keyPath)' should be a whole number, but it is '\(text)'.",
            hint: "Write digits only, e.g. `\(lastKey): 3`.")
        return nil
    }

    func bool() -> Bool? {
        guard let text = string("true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail(
                location, "'\(keyPath)' should be true or false, but it is '\(text)'.",
                hint: "Write `\(lastKey): true` or `\(lastKey): false`.")
            return nil
        }
    }

    /// One of a fixed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
        guard let text = string("one of " + T.allCases.map(\.rawValue).joined(separator: ", ")) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let suggestion = KeySuggester.suggestion(for: text, among: allowed).map { "Did you mean '\($0)'? " } ?? ""
        fail(
            location, "'\(keyPath)' is '\(text)', which is not one of the allowed values.",
            hint: suggestion + "Use one of: " + allowed.joined(separator: ", ") + ".")
        return nil
    }

    func mapping() -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            fail(
                location, "'\(keyPath)' should be a set of `key: value` lines, but it is \(kindDescription).",
                hint: "Indent the keys under `\(lastKey):` by two spaces each.")
            return nil
        }
        return YAMLMapping(mapping, parent: self)
    }

    /// A list; a single scalar is accepted as a list of one, so `outcomes: be-healthy` works.
    func list() -> [YAMLValue]? {
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { index, element in
                YAMLValue(
                    node: element, file: file, lineOffset: lineOffset, keyPath: "\(keyPath)[\(index + 1)]",
                    log: log, rule: rule)
            }
        case .scalar:
            return isNull ? [] : [self]
        default:
            fail(
                location, "'\(keyPath)' should be a list, but it is \(kindDescription).",
                hint: "Write one item per line, each starting with `- `.")
            return nil
        }
    }

    /// A list of texts (each item reported if it is not text).
    func strings(_ what: String) -> [String]? {
        list()?.compactMap { $0.string(what) }
    }

    private var lastKey: String {
        let key = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
        return key.split(separator: "[").first.map(String.init) ?? key
    }

    private var kindDescription: String {
        switch node {
        case .scalar(let scalar): "the text '\(scalar.string)'"
        case .mapping: "a set of keys"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
