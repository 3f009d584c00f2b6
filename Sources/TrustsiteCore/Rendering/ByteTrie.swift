/// Byte strings stored letter by letter, so every one that starts at a place in a text is found in
/// one walk as long as the longest of them, however many there are (a glossary of 2,000 terms is
/// not 2,000 comparisons at every word of a page).
struct ByteTrie: Sendable {
    /// Each node's children by byte; node 0 is the root.
    private var children: [[UInt8: Int]] = [[:]]
    /// The value stored at each node that ends a key, if any.
    private var values: [Int?] = [nil]

    /// Stores `value` for `key`, keeping the value already stored if there is one.
    mutating func insert(_ key: [UInt8], value: Int) {
        var node = 0
        for byte in key {
            if let next = children[node][byte] {
                node = next
            } else {
                children.append([:])
                values.append(nil)
                children[node][byte] = children.count - 1
                node = children.count - 1
            }
        }
        if values[node] == nil { values[node] = value }
    }

    /// Calls `body` with the value and length of every key that `bytes` has at `start`, shortest
    /// first; stops early when `body` returns false.
    func forEachKey(in bytes: [UInt8], at start: Int, _ body: (_ value: Int, _ length: Int) -> Bool) {
        var node = 0
        var index = start
        while index < bytes.count, let next = children[node][bytes[index]] {
            node = next
            index += 1
            if let value = values[node], !body(value, index - start) { return }
        }
    }
}
