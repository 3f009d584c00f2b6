extension YAMLValue {
    /// A decimal number as people write figures: `7.5`, `-2`, `1140` or `1,140`; reports anything
    /// else (a unit or a percent sign written with it, words, `1e3`, `.nan`).
    func number() -> Double? {
        guard let text = string("a number") else { return nil }
        if let value = Self.decimal(text) { return value }
        let key = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
        fail(
            location, "'\(keyPath)' should be a number, but it is '\(text)'.",
            hint: "Write the figure alone, e.g. `\(key): 7.5` (the unit is given once, in the indicator's `unit:`).")
        return nil
    }

    /// `text` as a decimal: an optional minus, digits (in groups of three with commas, or not), and
    /// an optional fraction; nil for anything else.
    static func decimal(_ text: String) -> Double? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let digitsOnly = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard groups.allSatisfy(digitsOnly) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        if parts.count == 2, !digitsOnly(parts[1]) { return nil }
        let plain = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard let value = Double(plain), value.isFinite else { return nil }
        return negative ? -value : value
    }
}

extension YAMLMapping {
    /// `key` read as a number, noting the key as reported when it is written but cannot be read.
    func number(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        guard let number = value.number() else {
            markReported(key)
            return nil
        }
        return number
    }
}
