#if FUZZING
    /// Reads HTML the way a browser tokenizes tags (attribute names split on whitespace, `/` and `=`,
    /// quoted and unquoted values, entities in values) and names the first thing in it that could run
    /// a script: a script-like element, an event handler attribute, or a script address.
    enum HTMLInvariants {
        /// Elements that embed another page or code. `<script>` is judged on its own: the theme's
        /// `<script src="/assets/...">` and JSON-LD data with no `<` in it are fine.
        static let embedding: Set<String> = ["iframe", "frame", "frameset", "object", "embed", "applet", "base"]
        static let addressAttributes: Set<String> = [
            "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc",
        ]
        static let rawTextElements: Set<String> = ["style", "textarea", "title", "xmp", "noscript"]

        static func problem(in html: String) -> String? {
            let bytes = Array(html.utf8)
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if starts(bytes, at: index, with: "<!--") {
                    index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                var cursor = index + 1
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
                guard cursor < bytes.count, isLetter(bytes[cursor]) else {
                    index += 1
                    continue
                }
                let nameStart = cursor
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "/"),
                    bytes[cursor] != UInt8(ascii: ">")
                {
                    cursor += 1
                }
                let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
                let closing = bytes[nameStart - 1] == UInt8(ascii: "/")
                if !closing, embedding.contains(name) { return "a <\(name)> element" }
                var attributes: [String: String] = [:]
                // Attributes, until the tag ends.
                while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") {
                    if isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") {
                        cursor += 1
                        continue
                    }
                    let attributeStart = cursor
                    cursor += 1  // a first `=` belongs to the name
                    while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "/"),
                        bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "=")
                    {
                        cursor += 1
                    }
                    let attribute = String(decoding: bytes[attributeStart..<cursor], as: UTF8.self).lowercased()
                    var look = cursor
                    while look < bytes.count, isSpace(bytes[look]) { look += 1 }
                    var value = ""
                    if look < bytes.count, bytes[look] == UInt8(ascii: "=") {
                        look += 1
                        while look < bytes.count, isSpace(bytes[look]) { look += 1 }
                        if look < bytes.count, bytes[look] == UInt8(ascii: "\"") || bytes[look] == UInt8(ascii: "'") {
                            let quote = bytes[look]
                            let end = bytes[(look + 1)...].firstIndex(of: quote) ?? bytes.count
                            value = String(decoding: bytes[(look + 1)..<end], as: UTF8.self)
                            cursor = min(end + 1, bytes.count)
                        } else {
                            var end = look
                            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
                            value = String(decoding: bytes[look..<end], as: UTF8.self)
                            cursor = end
                        }
                    }
                    attributes[attribute] = value
                    if attribute.hasPrefix("on") && attribute.count > 2 {
                        return "an event handler attribute \(attribute)= on <\(name)>"
                    }
                    if addressAttributes.contains(attribute), isScriptAddress(value) {
                        return "a script address in \(attribute)= on <\(name)>"
                    }
                }
                index = cursor + 1
                if name == "script", !closing {
                    let end = find(bytes, "</script", from: index) ?? bytes.count
                    let body = String(decoding: bytes[min(index, end)..<end], as: UTF8.self)
                    if let source = attributes["src"] {
                        if !source.hasPrefix("/assets/") || !body.allSatisfy(\.isWhitespace) {
                            return "a <script src=\(source)> that is not one of the theme's assets"
                        }
                    } else if attributes["type"] == "application/ld+json" {
                        if body.contains("<") { return "a < inside JSON-LD, which could end the script element" }
                    } else {
                        return "an inline <script> element"
                    }
                    index = end
                    continue
                }
                if rawTextElements.contains(name), !closing {
                    index = find(bytes, "</\(name)", from: index) ?? bytes.count
                }
            }
            return nil
        }

        /// `javascript:`, `vbscript:` or `data:text/html`, after decoding entities and removing the
        /// whitespace and control characters browsers ignore in a URL.
        static func isScriptAddress(_ value: String) -> Bool {
            let decoded = decodeEntities(value).unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
            let text = String(String.UnicodeScalarView(decoded)).lowercased()
            return text.hasPrefix("javascript:") || text.hasPrefix("vbscript:") || text.hasPrefix("data:text/html")
        }

        static func decodeEntities(_ value: String) -> String {
            guard value.contains("&") else { return value }
            var result = ""
            var rest = Substring(value)
            while let amp = rest.firstIndex(of: "&") {
                result += rest[..<amp]
                rest = rest[rest.index(after: amp)...]
                if rest.hasPrefix("#") {
                    var digits = rest.dropFirst()
                    let hex = digits.first == "x" || digits.first == "X"
                    if hex { digits = digits.dropFirst() }
                    let number = digits.prefix { hex ? $0.isHexDigit : $0.isNumber }
                    if !number.isEmpty, let code = UInt32(number, radix: hex ? 16 : 10),
                        let scalar = Unicode.Scalar(code)
                    {
                        result.unicodeScalars.append(scalar)
                        rest = digits.dropFirst(number.count)
                        if rest.hasPrefix(";") { rest = rest.dropFirst() }
                        continue
                    }
                }
                let named = ["colon;": ":", "tab;": "\t", "newline;": "\n", "amp;": "&"]
                if let (entity, text) = named.first(where: { rest.lowercased().hasPrefix($0.key) }) {
                    result += text
                    rest = rest.dropFirst(entity.count)
                    continue
                }
                result += "&"
            }
            return result + rest
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }

        private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
            let pattern = Array(text.utf8)
            return index + pattern.count <= bytes.count && Array(bytes[index..<(index + pattern.count)]) == pattern
        }

        private static func find(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
            let pattern = Array(text.utf8)
            guard start <= bytes.count - pattern.count else { return nil }
            var index = start
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
                index += 1
            }
            return nil
        }
    }
#endif
