/// Byte-level searches in rendered HTML, for the post-passes that have nothing to do on most pages.
enum HTMLBytes {
    /// Whether `html` contains `needle`, byte for byte. Foundation's `String.contains` compares
    /// Unicode text through a CFString search, which cost more than some post-passes themselves.
    static func contains(_ needle: StaticString, in html: String) -> Bool {
        var html = html
        return html.withUTF8 { haystack in
            needle.withUTF8Buffer { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                var start = 0
                while start <= haystack.count - needle.count {
                    if haystack[start] == first {
                        var matched = 1
                        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
