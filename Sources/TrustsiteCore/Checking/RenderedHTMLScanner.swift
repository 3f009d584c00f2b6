/// Reads what the checks need from a rendered page's HTML: its `id`s and its `href`s. It only
/// reads HTML that trustsite or its templates wrote, where both attributes are always written
/// ` id="..."` and `href="..."` (double-quoted), so a byte scan finds them without an HTML parser.
enum RenderedHTMLScanner {
    /// Every `id` attribute's value.
    static func ids(in html: String) -> Set<String> {
        var ids: Set<String> = []
        let bytes = Array(html.utf8)
        let pattern = Array(" id=\"".utf8)
        var index = 0
        while index + pattern.count < bytes.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
                let start = index + pattern.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                ids.insert(String(decoding: bytes[start..<end], as: UTF8.self))
                index = end
            }
            index += 1
        }
        return ids
    }

    /// Every `href` attribute's value in page order, with `&amp;` read as `&`.
    static func hrefs(in html: String) -> [String] {
        var hrefs: [String] = []
        let pattern = Array("href=\"".utf8)
        var html = html
        html.makeContiguousUTF8()
        html.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index + pattern.count < bytes.count {
                if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
                    let start = index + pattern.count
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    let href = String(decoding: bytes[start..<end], as: UTF8.self)
                    hrefs.append(href.contains("&amp;") ? href.replacingOccurrences(of: "&amp;", with: "&") : href)
                    index = end
                }
                index += 1
            }
        }
        return hrefs
    }
}
