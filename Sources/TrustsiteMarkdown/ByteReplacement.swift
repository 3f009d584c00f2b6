/// Replaces several ASCII patterns in one pass over a string's UTF-8 bytes. Foundation's
/// `replacingOccurrences` converts to UTF-16 and searches once per pattern: far slower on the
/// hot path, where every page goes through this.
public enum ByteReplacement {
    public static func replacing(_ replacements: [(pattern: String, with: String)], in text: String) -> String {
        let patterns = replacements.map { (Array($0.pattern.utf8), Array($0.with.utf8)) }.filter { !$0.0.isEmpty }
        let firstBytes = Set(patterns.map { $0.0[0] })
        var output: [UInt8] = []
        var changed = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            output.reserveCapacity(bytes.count)
            var index = 0
            outer: while index < bytes.count {
                let byte = bytes[index]
                if firstBytes.contains(byte) {
                    for (pattern, replacement) in patterns where index + pattern.count <= bytes.count {
                        var matches = true
                        for offset in 1..<max(pattern.count, 1) where bytes[index + offset] != pattern[offset] {
                            matches = false
                            break
                        }
                        if matches && bytes[index] == pattern[0] {
                            output.append(contentsOf: replacement)
                            index += pattern.count
                            changed = true
                            continue outer
                        }
                    }
                }
                output.append(byte)
                index += 1
            }
        }
            ?? {
                // Not contiguous (bridged strings): make it so and try again.
                var copy = text
                copy.makeContiguousUTF8()
                output = Array(replacing(replacements, in: copy).utf8)
                changed = true
            }()
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    /// Whether `text` contains the ASCII `pattern`, searching bytes.
    public static func contains(_ pattern: String, in text: String) -> Bool {
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return true }
        var found = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= needle.count else { return }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) {
                    found = true
                    return
                }
                index += 1
            }
        } ?? { found = text.utf8.split(separator: first).count > 1 && String(text).contains(pattern) }()
        return found
    }
}
