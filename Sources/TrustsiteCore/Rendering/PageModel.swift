import TrustsiteMarkdown

/// What the layout needs to know about a page, plus the page template's own data.
struct PageModel {
    /// The page kind, which is also the name of its template.
    var kind: String
    var url: String
    var title: String
    var description: String?
    var updated: Day?
    /// Ancestors, home first; the current page is not included.
    var breadcrumbs: [(title: String, url: String)]
    var outline: [OutlineEntry] = []
    /// The page template's own keys (see docs/templates.md).
    var data: [String: Any] = [:]
}

/// Builds template dictionaries without nil values, so a missing value is simply absent and a
/// Mustache section over it renders nothing.
struct Dict {
    private(set) var values: [String: Any] = [:]

    init(_ pairs: KeyValuePairs<String, Any?> = [:]) {
        for (key, value) in pairs { self[key] = value }
    }

    mutating func merge(_ other: [String: Any]) {
        for (key, value) in other { self[key] = value }
    }

    subscript(key: String) -> Any? {
        get { values[key] }
        set {
            switch newValue {
            case .none: values[key] = nil
            case .some(let value as String) where value.isEmpty: values[key] = nil
            case .some(let value): values[key] = value
            }
        }
    }
}

extension Day {
    /// `prefix_iso` and `prefix_text` for a template.
    func fields(_ prefix: String) -> [String: Any] {
        ["\(prefix)_iso": iso, "\(prefix)_text": text]
    }
}
