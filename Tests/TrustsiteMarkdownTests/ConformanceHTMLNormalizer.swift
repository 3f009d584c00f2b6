/// The comparison the CommonMark and cmark-gfm test runners make (`test/normalize.py`), in small:
/// HTML that differs only in ways a browser ignores normalises to the same string.
///
/// - Runs of whitespace in text become one space, except inside `<pre>`.
/// - Whitespace next to block-level tags (`p`, `li`, `table`, `h1`, ...) is removed, and a
///   newline right after `<br>` is dropped.
/// - Tag and attribute names are lowercased; attributes are sorted by name; values are always
///   written in double quotes with `&`, `<`, `>`, `"` and `'` escaped; an attribute without a
///   value stays bare (`<input disabled>`), one with an empty value keeps it (`disabled=""`).
/// - Self-closing tags lose their slash: `<br />` and `<br>` are the same.
/// - Numeric references and `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` become the character;
///   `<`, `>`, `&` and `"` are then written as `&lt;` `&gt;` `&amp;` `&quot;`, whether they were
///   written as references or not (normalize.py leaves unescaped ones alone; here `a < b` and
///   `a &lt; b` are the same text). Other named references are kept as written: normalize.py keeps
///   the ones it does not know, and cmark-gfm only writes the first four, so both sides of a
///   comparison use the same forms.
/// - Comments, declarations, processing instructions and CDATA are kept verbatim; so is the body
///   of `<script>` and `<style>`, which HTML does not parse as markup.
/// - A `<` that does not start a tag (`a < b`) is text.
///
/// normalize.py also percent-normalises `href` and `src`, but a slip in it (`if v in ['href','src']`
/// compares the value, not the name) means it never does; neither does this.
enum ConformanceHTMLNormalizer {
    static func normalize(_ html: String) -> String {
        var state = State()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let (token, end) = markup(in: scalars, at: index) {
                state.handle(token)
                index = end
                if case .startTag(let name, _, let selfClosing) = token, !selfClosing,
                    name == "script" || name == "style"
                {
                    let close = rawTextEnd(in: scalars, from: index, name: name)
                    state.output += String(String.UnicodeScalarView(scalars[index..<close]))
                    state.last = .data
                    index = close
                }
            } else {
                var end = index + 1
                while end < scalars.count, scalars[end] != "<" { end += 1 }
                state.handle(.text(String(String.UnicodeScalarView(scalars[index..<end]))))
                index = end
            }
        }
        return state.output
    }

    private enum Token {
        case text(String)
        case startTag(String, [(String, String?)], selfClosing: Bool)
        case endTag(String)
        case verbatim(String)
    }

    private struct State {
        enum Last { case startTag, endTag, data, other }
        var output = ""
        var last = Last.startTag
        var lastTag = ""
        var inPre = false

        mutating func handle(_ token: Token) {
            switch token {
            case .text(let raw):
                var data = ConformanceHTMLNormalizer.decodeText(raw)
                let afterTag = last == .startTag || last == .endTag
                if afterTag, lastTag == "br" { data = String(data.drop(while: { $0 == "\n" })) }
                if !inPre { data = collapseWhitespace(data) }
                if afterTag, isBlock(lastTag), !inPre {
                    data = String(data.drop(while: \.isWhitespace))
                    if last == .endTag { data = trimTrailingWhitespace(data) }
                }
                output += data
                last = .data
            case .startTag(let name, let attributes, let selfClosing):
                if name == "pre" { inPre = true }
                if isBlock(name) { output = trimTrailingWhitespace(output) }
                output += "<" + name
                for (attribute, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                    output += " " + attribute
                    if let value { output += "=\"" + ConformanceHTMLNormalizer.escapeAttribute(value) + "\"" }
                }
                output += ">"
                lastTag = name
                last = selfClosing ? .endTag : .startTag
            case .endTag(let name):
                if name == "pre" {
                    inPre = false
                } else if isBlock(name) {
                    output = trimTrailingWhitespace(output)
                }
                output += "</" + name + ">"
                lastTag = name
                last = .endTag
            case .verbatim(let text):
                output += text
                last = .other
            }
        }

        private func isBlock(_ tag: String) -> Bool { ConformanceHTMLNormalizer.blockTags.contains(tag) }

        private func collapseWhitespace(_ text: String) -> String {
            var result = ""
            var inSpace = false
            for character in text {
                if character.isWhitespace {
                    if !inSpace { result.append(" ") }
                    inSpace = true
                } else {
                    result.append(character)
                    inSpace = false
                }
            }
            return result
        }

        private func trimTrailingWhitespace(_ text: String) -> String {
            var text = Substring(text)
            while text.last?.isWhitespace == true { text.removeLast() }
            return String(text)
        }
    }

    /// normalize.py's list of block-level tags.
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "dir",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    // MARK: Tokenising

    /// The markup starting at `start` (a `<`) and the index after it, or nil when the `<` is text.
    private static func markup(in s: [Unicode.Scalar], at start: Int) -> (Token, Int)? {
        func text(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(s[from..<to])) }
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            guard n.count <= s.count else { return nil }
            var i = from
            while i + n.count <= s.count {
                if Array(s[i..<(i + n.count)]) == n { return i + n.count }
                i += 1
            }
            return nil
        }
        let next = start + 1 < s.count ? s[start + 1] : nil
        if text(start, min(s.count, start + 4)) == "<!--", let end = find("-->", from: start + 4) {
            return (.verbatim(text(start, end)), end)
        }
        if text(start, min(s.count, start + 9)) == "<![CDATA[", let end = find("]]>", from: start + 9) {
            return (.verbatim(text(start, end)), end)
        }
        if next == "!" || next == "?", let end = find(">", from: start + 2) {
            return (.verbatim(text(start, end)), end)
        }
        if next == "/" {
            guard start + 2 < s.count, isLetter(s[start + 2]), let end = find(">", from: start + 2) else { return nil }
            var nameEnd = start + 2
            while nameEnd < end - 1, !isSpace(s[nameEnd]), s[nameEnd] != "/" { nameEnd += 1 }
            return (.endTag(text(start + 2, nameEnd).lowercased()), end)
        }
        guard let first = next, isLetter(first) else { return nil }
        var i = start + 1
        while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != ">" { i += 1 }
        let name = text(start + 1, i).lowercased()
        var attributes: [(String, String?)] = []
        var selfClosing = false
        while true {
            while i < s.count, isSpace(s[i]) { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == ">" { return (.startTag(name, attributes, selfClosing: selfClosing), i + 1) }
            if s[i] == "/" {
                selfClosing = i + 1 < s.count && s[i + 1] == ">"
                i += 1
                continue
            }
            selfClosing = false
            let nameStart = i
            i += 1
            while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != "=", s[i] != ">" { i += 1 }
            let attribute = text(nameStart, i).lowercased()
            var j = i
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count, s[j] == "=" else {
                attributes.append((attribute, nil))
                continue
            }
            j += 1
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count else { return nil }
            if s[j] == "\"" || s[j] == "'" {
                let quote = s[j]
                var k = j + 1
                while k < s.count, s[k] != quote { k += 1 }
                guard k < s.count else { return nil }
                attributes.append((attribute, decodeText(text(j + 1, k))))
                i = k + 1
            } else {
                var k = j
                while k < s.count, !isSpace(s[k]), s[k] != ">" { k += 1 }
                attributes.append((attribute, decodeText(text(j, k))))
                i = k
            }
        }
    }

    /// Where the raw text of a `<script>` or `<style>` element ends: at its closing tag.
    private static func rawTextEnd(in s: [Unicode.Scalar], from start: Int, name: String) -> Int {
        let closing = Array(("</" + name).unicodeScalars)
        var i = start
        while i + closing.count <= s.count {
            if String(String.UnicodeScalarView(s[i..<(i + closing.count)])).lowercased() == "</" + name { return i }
            i += 1
        }
        return s.count
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{C}"
    }

    // MARK: References

    private static let namedReferences: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// Text with references resolved to characters, then `<`, `>`, `&` and `"` escaped again.
    static func decodeText(_ raw: String) -> String {
        guard raw.contains("&") || raw.contains("<") || raw.contains(">") || raw.contains("\"") else { return raw }
        var result = ""
        var rest = Substring(raw)
        while let ampersand = rest.firstIndex(of: "&") {
            result += escapeText(rest[..<ampersand])
            rest = rest[ampersand...]
            if let semicolon = rest.prefix(40).firstIndex(of: ";"),
                let character = reference(rest[rest.index(after: rest.startIndex)..<semicolon])
            {
                result += escapeText(String(character))
                rest = rest[rest.index(after: semicolon)...]
            } else if let semicolon = rest.prefix(40).firstIndex(of: ";"),
                rest[rest.index(after: rest.startIndex)..<semicolon].allSatisfy({ $0.isLetter || $0.isNumber })
                    && semicolon > rest.index(after: rest.startIndex)
            {
                // An unknown named reference: kept as written.
                result += rest[...semicolon]
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&amp;"
                rest = rest.dropFirst()
            }
        }
        return result + escapeText(rest)
    }

    private static func reference(_ name: Substring) -> Character? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return namedReferences[String(name)]
    }

    private static func escapeText<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// An attribute value (already decoded and re-escaped by `decodeText`) with `'` escaped too,
    /// as Python's `html.escape(quote=True)` does.
    private static func escapeAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "'", with: "&#x27;")
    }
}
