/// Where an item of YAML is written and where each of its keys is, so that a finding about the
/// item names the line where the fix goes: a wrong value at its line, a missing key at the line
/// of the item that lacks it (README: When something is wrong).
public struct SourcePlaces: Sendable, Hashable {
    /// The item itself: the line of the key it is written under (`sign_off:`), its entry in a
    /// list (`- id: A1.1`), or line 1 of its file for a file's top level or front matter.
    public var item: SourceLocation
    /// Where each key is written, by key.
    public var keys: [String: SourceLocation]
    /// Where each key's value is written, for keys that have one (not left blank).
    public var values: [String: SourceLocation]
    /// Keys the loader has already reported: a value it could not read, or a required key that
    /// is missing. A rule does not report them again.
    public var reported: Set<String>
    /// The whole item could not be read (its file's YAML is malformed, say): the loader has said
    /// why, and every key counts as reported.
    public var unreadable: Bool

    public init(
        item: SourceLocation, keys: [String: SourceLocation] = [:], values: [String: SourceLocation] = [:],
        reported: Set<String> = [], unreadable: Bool = false
    ) {
        self.item = item
        self.keys = keys
        self.values = values
        self.reported = reported
        self.unreadable = unreadable
    }

    /// Places for something written nowhere but in `file` as a whole.
    public static func file(_ path: String) -> SourcePlaces {
        SourcePlaces(item: SourceLocation(file: path, line: 1, column: 1))
    }

    /// Where `key`'s value is written; where the key is, when it is left blank; else the item.
    public func location(of key: String) -> SourceLocation { values[key] ?? keys[key] ?? item }

    /// Where the key itself is written (an id written as a key: `A1.9:`), else the item.
    public func keyLocation(_ key: String) -> SourceLocation { keys[key] ?? item }

    /// Where to point a finding that these keys say nothing: the first of them when each is
    /// written but blank (the fix is on that line), else the item, which lacks at least one.
    public func location(ofMissing missing: [String]) -> SourceLocation {
        guard let first = missing.first, missing.allSatisfy({ keys[$0] != nil }) else { return item }
        return location(of: first)
    }

    /// Whether `key` is written, with a value or left blank.
    public func isWritten(_ key: String) -> Bool { keys[key] != nil }

    /// `value` as written under `key`, for a rule that asks whether it says anything: the value;
    /// "" when the key is written but left blank (which the loaders read as absent), so the blank is
    /// reported where it is; nil when the key is absent or the loader has reported it.
    public func written(_ value: String?, at key: String) -> String? {
        guard !isReported(key) else { return nil }
        return value ?? (isWritten(key) ? "" : nil)
    }

    /// Whether the loader has already reported `key` (or the whole item).
    public func isReported(_ key: String) -> Bool { unreadable || reported.contains(key) }

    /// Whether any of `keys` is reported.
    public func isReported(any keys: [String]) -> Bool { keys.contains(where: isReported) }
}
