/// Substring search on UTF-8 bytes, for checks that must see text as a browser does.
///
/// `String.contains` compares `Character`s, and a prepended mark (U+0600) joins the `<` after it
/// into one `Character`, so `"\u{600}<script".contains("<script")` is false although a browser,
/// which reads code points, sees a script element there.
enum UTF8Search {
    static func contains(_ text: String, _ needle: String) -> Bool {
        firstOffset(of: needle, in: text) != nil
    }

    /// The byte offset of the first occurrence of `needle` in `text`.
    static func firstOffset(of needle: String, in text: String) -> Int? {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return 0 }
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard bytes.count >= needle.count else { return nil }
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first {
                    var matched = 1
                    while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
