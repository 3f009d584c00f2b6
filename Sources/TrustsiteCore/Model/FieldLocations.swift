/// Where each value of a YAML mapping is written, by key (`evidence`, `contact.email`, list items
/// as `address[2]`), so a rule that questions a value can point at its line.
public struct FieldLocations: Sendable {
    private var locations: [String: SourceLocation]

    public init(_ locations: [String: SourceLocation] = [:]) {
        self.locations = locations
    }

    /// Where `key`'s value is written; nil when the key is not.
    public subscript(key: String) -> SourceLocation? { locations[key] }

    /// Where `key`'s value is written, else `fallback` (the mapping that lacks it).
    public func location(of key: String, or fallback: SourceLocation) -> SourceLocation {
        locations[key] ?? fallback
    }

    /// `value` as written under `key`: itself, or "" when the key is written with nothing after it
    /// (which the loaders read as absent), so an empty value can be reported where it is.
    public func written(_ value: String?, at key: String) -> String? {
        value ?? (locations[key] != nil ? "" : nil)
    }

    /// These locations and `other`'s, whose keys are put under `prefix` (`format_requests.email`).
    func merging(_ other: FieldLocations, under prefix: String) -> FieldLocations {
        var merged = locations
        for (key, location) in other.locations { merged["\(prefix).\(key)"] = location }
        return FieldLocations(merged)
    }
}
