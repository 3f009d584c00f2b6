import Foundation

/// SITE-SAFE-CONTENT: nothing on the site can run a script it did not mean to.
struct SafeContentRule: FixedLevelRule {
    let id = "SITE-SAFE-CONTENT"
    let requirement =
        "Links and images use safe addresses (https, http, mailto, tel or the site's own pages: never javascript: or data:), and raw HTML, where the configuration allows it, has no script, event handler attribute, iframe, object or embed."
    let citation = "readers' trust; NCSC secure development guidance"
    let fixedLevel = Diagnostic.Severity.error

    static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    static let dangerousTags = ["<script", "<iframe", "<object", "<embed", "<frame", "<meta", "<base", "<form"]

    func check(_ site: RuleInput) -> [Finding] {
        var findings: [Finding] = []
        for (document, _) in site.documents {
            let rendered = document.rendered
            for link in rendered.links where !Self.isSafe(link.destination) {
                findings.append(
                    Finding(
                        SourceLocation(file: document.path, line: link.position.line, column: link.position.column),
                        "the link \"\(link.text)\" uses an unsafe address (\(Self.scheme(link.destination) ?? link.destination):).",
                        hint:
                            "Link to a web page (https://...), an email address (mailto:...), a phone number (tel:...) or a page of this site (/plan/)."
                    ))
            }
            for image in rendered.images where !Self.isSafe(image.source) {
                findings.append(
                    Finding(
                        SourceLocation(file: document.path, line: image.position.line, column: image.position.column),
                        "the image \(image.source.prefix(40)) uses an unsafe address.",
                        hint:
                            "Put the image in templates/assets/ and link to it as /assets/..., or use an https:// address."
                    ))
            }
            for raw in rendered.rawHTML {
                guard let problem = Self.problem(in: raw.html) else { continue }
                findings.append(
                    Finding(
                        SourceLocation(file: document.path, line: raw.position.line, column: raw.position.column),
                        "raw HTML here contains \(problem), which trustsite never publishes.",
                        hint:
                            "Remove it. Pages must not run scripts or embed other sites; write the content in Markdown."
                    ))
            }
        }
        var urls: [(String, SourceLocation)] = []
        if let lscb = site.content.board?.lscb, let lscbURL = lscb.url {
            urls.append((lscbURL, lscb.places.location(of: "url")))
        }
        if let haveYourSay = site.config.contact.haveYourSay {
            urls.append((haveYourSay, site.config.contact.places.location(of: "have_your_say")))
        }
        if let licence = site.config.licence.location { urls.append((site.config.licence.url, licence)) }
        for service in site.content.offer?.services ?? [] {
            if let contact = service.contact, let web = contact.web {
                urls.append((web, contact.places.location(of: "web")))
            }
        }
        for (url, location) in urls where !Self.isSafe(url) {
            findings.append(
                Finding(
                    location, "the address \(url.prefix(60)) uses an unsafe scheme.",
                    hint: "Use an https:// address or a page of this site."))
        }
        return findings
    }

    /// The scheme of an absolute URL (`javascript`), nil for a relative one.
    static func scheme(_ url: String) -> String? {
        // Scalars, not Characters: a combining mark after the colon would hide it from
        // `firstIndex(of: ":")`, and a browser still reads the scheme before it.
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters)).unicodeScalars
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let candidate = trimmed[..<colon]
        if candidate.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        var scheme = String.UnicodeScalarView()
        scheme.append(contentsOf: candidate.filter { !$0.properties.isWhitespace })
        return String(scheme).lowercased()
    }

    static func isSafe(_ url: String) -> Bool {
        guard let scheme = scheme(url) else { return true }
        return safeSchemes.contains(scheme)
    }

    /// What makes a piece of raw HTML unsafe, described for a person; nil when it is safe.
    /// Read as a browser would: character references decoded, and any white space or control
    /// character (form feed, line break, tab) counted as the space between attributes.
    static func problem(in html: String) -> String? {
        let lower = decodeCharacterReferences(html).lowercased()
        if let tag = dangerousTags.first(where: { UTF8Search.contains(lower, $0) }) { return "a \(tag)> element" }
        let bytes = Array(lower.utf8)
        func isSeparator(_ byte: UInt8) -> Bool { byte <= 0x20 || byte == 0x2F || byte == 0x22 || byte == 0x27 }
        var index = 1
        while index + 3 < bytes.count {
            if isSeparator(bytes[index - 1]), bytes[index] == UInt8(ascii: "o"), bytes[index + 1] == UInt8(ascii: "n") {
                var end = index + 2
                while end < bytes.count, (0x61...0x7A).contains(bytes[end]) { end += 1 }
                while end < bytes.count, bytes[end] <= 0x20 { end += 1 }
                if end > index + 2, end < bytes.count, bytes[end] == UInt8(ascii: "=") {
                    return "an event handler attribute"
                }
            }
            index += 1
        }
        // Browsers drop tabs and line breaks inside a URL's scheme: so does this check.
        let squeezed = String(lower.unicodeScalars.filter { $0.value > 0x20 })
        if ["javascript:", "vbscript:", "data:text/html"].contains(where: { UTF8Search.contains(squeezed, $0) }) {
            return "a script address"
        }
        return nil
    }

    /// `&#x61;`, `&#97;` and a few named references (`&colon;`, `&tab;`, `&newline;`) decoded,
    /// read by Unicode scalar as a browser does (a combining mark after `;` does not hide it).
    static func decodeCharacterReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let named: [String: Unicode.Scalar] = [
            "colon": ":", "tab": "\t", "newline": "\n", "lpar": "(", "rpar": ")", "sol": "/",
        ]
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar == "&" else {
                result.append(scalar)
                continue
            }
            var end = index
            while end < scalars.count,
                scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "#"
            {
                end += 1
            }
            let name = String(String.UnicodeScalarView(scalars[index..<end]))
            var decoded: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                decoded = named[name.lowercased()]
            }
            guard let decoded, end > index else {
                result.append(scalar)
                continue
            }
            result.append(decoded)
            index = end < scalars.count && scalars[end] == ";" ? end + 1 : end
        }
        return String(result)
    }
}
