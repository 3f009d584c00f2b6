import TrustsiteEscaping

/// Adds GOV.UK's attachment facts to every link to a published document in a page's body:
/// "Annual report 2025 to 2026 (PDF, 1.2 MB, 36 pages)". A document that may not be accessible
/// (see `DocumentFacts.isAccessible`) gets a note after its link and a link to ask for another
/// format: the accessibility statement's `format_requests` email, else the site's contact email,
/// else the accessibility statement or the contact page.
struct AttachmentLinks: Sendable {
    static let notSuitable = "This file may not be suitable for users of assistive technology."
    let facts: [String: DocumentFacts]
    let baseURL: String
    /// Where "Request an accessible format" leads; an email address is written as a mailto: link
    /// whose subject names the document.
    let requestEmail: String?
    let requestPage: String

    init(content: SiteContent) {
        facts = content.documentFacts
        baseURL = content.config.baseURL
        requestEmail = content.config.accessibility?.formatEmail ?? content.config.contact.email
        requestPage = content.config.accessibility != nil ? SiteRoutes.accessibility : SiteRoutes.contact(content)
    }

    /// `html` with its document links completed; resolved against `pageURL`. A site with no
    /// documents, and a page with no link to one, cost one pass over the bytes.
    func mark(_ html: String, pageURL: String) -> String {
        guard !facts.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        var copied = 0
        var changed = false
        // A note for a link in a heading waits for the heading's end: it is a paragraph of its own.
        var pending: (at: Int, note: [UInt8])?
        func copy(upTo end: Int) {
            if let waiting = pending, waiting.at <= end {
                output += bytes[copied..<waiting.at]
                output += waiting.note
                copied = waiting.at
                pending = nil
            }
            output += bytes[copied..<end]
            copied = end
        }
        var index = 0
        while let tagStart = Self.find(Array("<a".utf8), in: bytes, from: index) {
            index = tagStart + 2
            guard index < bytes.count, [0x20, 0x09, 0x0A].contains(bytes[index]),
                let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">")),
                let href = Self.attribute("href", in: bytes[index..<tagEnd]),
                let document = document(for: href, pageURL: pageURL),
                let close = Self.find(Array("</a>".utf8), in: bytes, from: tagEnd + 1)
            else { continue }
            changed = true
            let inner = String(decoding: bytes[(tagEnd + 1)..<close], as: UTF8.self)
            let after = String(decoding: bytes[(close + 4)..<min(bytes.count, close + 4 + 40)], as: UTF8.self)
            let linkText = Self.text(of: inner)
            copy(upTo: close)
            if !Self.states(document.format, in: linkText, after: after) {
                output += Array(" (\(Self.facts(of: document)))".utf8)
            }
            output += Array("</a>".utf8)
            copied = close + 4
            index = copied
            guard !document.isAccessible else { continue }
            let title = linkText.isEmpty ? HTMLEscaping.escape(document.title) : linkText
            if let headingEnd = Self.endOfEnclosingHeading(bytes, at: tagStart) {
                let note = Array("<p class=\"attachment-access\">\(requestNote(for: title))</p>".utf8)
                if let waiting = pending {
                    pending = (waiting.at, waiting.note + note)
                } else {
                    pending = (headingEnd, note)
                }
            } else {
                output += Array(" <span class=\"attachment-access\">\(requestNote(for: title))</span>".utf8)
            }
        }
        guard changed else { return html }
        copy(upTo: bytes.count)
        return String(decoding: output, as: UTF8.self)
    }

    /// Where the heading that holds the byte at `position` ends (just after its `</hN>`); nil when
    /// `position` is in no heading.
    static func endOfEnclosingHeading(_ bytes: [UInt8], at position: Int) -> Int? {
        var index = position
        while index > 0 {
            index -= 1
            guard bytes[index] == UInt8(ascii: "<"), index + 2 < bytes.count else { continue }
            let isClose = bytes[index + 1] == UInt8(ascii: "/")
            let letter = bytes[index + (isClose ? 2 : 1)]
            let level = index + (isClose ? 3 : 2) < bytes.count ? bytes[index + (isClose ? 3 : 2)] : 0
            guard letter == UInt8(ascii: "h") || letter == UInt8(ascii: "H"),
                (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(level)
            else { continue }
            if isClose { return nil }
            let closing = Array("</h".utf8) + [level, UInt8(ascii: ">")]
            return find(closing, in: bytes, from: position).map { $0 + closing.count }
        }
        return nil
    }

    /// The facts in the link text, GOV.UK's way: format (an abbreviation with its name as title),
    /// size, and a PDF's pages.
    static func facts(of document: DocumentFacts) -> String {
        let format = document.format
        var parts = [
            format.abbreviation.map { "<abbr title=\"\(format.name)\">\($0)</abbr>" } ?? format.name,
            FileSizeText.text(document.size),
        ]
        if let pages = document.pdf?.pageCount { parts.append(pages == 1 ? "1 page" : "\(pages) pages") }
        return parts.joined(separator: ", ")
    }

    /// What a link to a document that may not be accessible is followed by; `title` is HTML already.
    private func requestNote(for title: String) -> String {
        let href: String
        if let requestEmail {
            let subject = "Accessible format request: " + Self.decodeEntities(title)
            href = "mailto:" + requestEmail + "?subject=" + Self.percentEncoded(subject)
        } else {
            href = requestPage
        }
        return "\(Self.notSuitable) <a href=\"\(HTMLEscaping.escape(href))\">"
            + "Request an accessible format<span class=\"visually-hidden\"> of \(title)</span></a>."
    }

    private func document(for href: String, pageURL: String) -> DocumentFacts? {
        guard let target = PageLinks.siteLink(Self.decodeEntities(href), baseURL: baseURL) else { return nil }
        return facts[LinksRule.resolve(target, from: pageURL).0]
    }

    /// Whether the link's text, or the words just after it, already state the format in
    /// brackets: "(PDF, 1.2 MB)", "(Word)", "(CSV)".
    static func states(_ format: DocumentFormat, in text: String, after: String) -> Bool {
        let trailing = after.drop(while: \.isWhitespace)
        let candidates = [text.lowercased(), trailing.hasPrefix("(") ? String(trailing).lowercased() : ""]
        return candidates.contains { candidate in
            var rest = Substring(candidate)
            while let open = rest.firstIndex(of: "(") {
                rest = rest[rest.index(after: open)...]
                let words = rest.prefix { $0.isLetter || $0 == " " }.split(separator: " ")
                let stated = [words.prefix(1), words.prefix(2)].map { $0.joined(separator: " ") }
                if stated.contains(where: format.statedAs.contains) { return true }
            }
            return false
        }
    }

    /// The text of some HTML: tags left out, entities kept (so it is still HTML), spaces collapsed.
    static func text(of html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The value of `name` in a tag's attributes, quoted with `"` or `'`.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let key = Array((name + "=").utf8)
        var search = tag.startIndex
        while let at = find(key, in: tag, from: search) {
            search = at + key.count
            // The name must start an attribute: `data-href=` is not `href=`.
            guard at > tag.startIndex, [0x20, 0x09, 0x0A].contains(tag[at - 1]), search < tag.endIndex else { continue }
            let quote = tag[search]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
                let end = tag[(search + 1)...].firstIndex(of: quote)
            else { return nil }
            return String(decoding: tag[(search + 1)..<end], as: UTF8.self)
        }
        return nil
    }

    static func find<Bytes: RandomAccessCollection<UInt8>>(_ needle: [UInt8], in bytes: Bytes, from start: Int) -> Int?
    where Bytes.Index == Int {
        guard let first = needle.first, start < bytes.endIndex else { return nil }
        var index = start
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Percent-encodes all but unreserved characters, as a mailto: subject needs.
    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80,
                scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
                    || "-._~".unicodeScalars.contains(scalar)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
