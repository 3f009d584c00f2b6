/// Rewrites a page body's content images for the web: each `<img>` whose `src` is a processed
/// image (absolute, on the site's own `base_url`, or relative to the page) gets its `width` and
/// `height` (no layout shift), a `srcset` of its narrower copies, `loading="lazy"` unless it is
/// the body's first image (likely on the first screen) and `decoding="async"`, inside a `<picture>`
/// offering the WebP copies first. Other images (external ones, SVG, GIF) are left as they are.
struct PictureMarkup: Sendable {
    let facts: [String: ImageFacts]
    let baseURL: String

    /// The widest a body image is drawn, in CSS pixels: the default theme's text column is 38em,
    /// 760px at the largest font size it uses (20px).
    static let widestColumn = 760

    init(_ content: SiteContent) {
        self.init(facts: content.imageFacts, baseURL: content.config.baseURL)
    }

    init(facts: [String: ImageFacts], baseURL: String) {
        self.facts = facts
        self.baseURL = baseURL
    }

    /// `html` with its processed images rewritten; `pageURL` resolves relative sources.
    func mark(_ html: String, pageURL: String) -> String {
        guard !facts.isEmpty, html.contains("<img") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + 512)
        var rest = html[...]
        var seenImage = false
        while let start = rest.range(of: "<img") {
            result += rest[..<start.lowerBound]
            let tagStart = start.lowerBound
            guard let tag = ImageTag(parsing: rest[tagStart...]) else {
                result += "<img"
                rest = rest[start.upperBound...]
                continue
            }
            result += rewritten(tag, eager: !seenImage, pageURL: pageURL) ?? String(tag.text)
            seenImage = true
            rest = rest[tag.text.endIndex...]
        }
        result += rest
        return result
    }

    /// The markup for one `<img>`, or nil to keep it as it is.
    private func rewritten(_ tag: ImageTag, eager: Bool, pageURL: String) -> String? {
        guard tag.value(of: "srcset") == nil, let written = tag.value(of: "src"),
            !written.contains(where: { "?#,".contains($0) || $0.isWhitespace })
        else { return nil }
        let source = written.replacingOccurrences(of: "&amp;", with: "&")
        guard let destination = PageLinks.siteLink(source, baseURL: baseURL),
            let image = facts[LinksRule.resolve(destination, from: pageURL).0]
        else { return nil }
        let slash = written.lastIndex(of: "/").map { written.index(after: $0) } ?? written.startIndex
        let folder = written[..<slash]
        let name = written[slash...]
        /// The copies of one format, narrowest first, as a `srcset`; the full-size one as written.
        func srcset(webP: Bool) -> String {
            let copies = image.renditions.filter { $0.isWebP == webP }.enumerated().map { index, copy in
                let isFull = index == 0
                let address =
                    isFull && (!webP || image.renditions[0].isWebP)
                    ? String(written) : folder + ImageNames.renamed(name, width: isFull ? nil : copy.width, webp: webP)
                return (copy.width, "\(address) \(copy.width)w")
            }
            return copies.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ", ")
        }
        // Drawn no wider than the image, nor than the text column it sits in: so a browser on a
        // wide screen picks a copy near the column's width, not the largest.
        let drawn = min(image.width, Self.widestColumn)
        let sizes = "(max-width: \(drawn)px) 100vw, \(drawn)px"
        var attributes = tag.text.dropFirst("<img".count).dropLast()
        if attributes.hasSuffix("/") { attributes = attributes.dropLast() }
        var img = "<img" + attributes.trimmingTrailingSpaces
        if tag.value(of: "width") == nil && tag.value(of: "height") == nil {
            img += " width=\"\(image.width)\" height=\"\(image.height)\""
        }
        img += " srcset=\"\(srcset(webP: image.renditions[0].isWebP))\" sizes=\"\(sizes)\""
        if tag.value(of: "loading") == nil { img += eager ? " loading=\"eager\"" : " loading=\"lazy\"" }
        if tag.value(of: "decoding") == nil { img += " decoding=\"async\"" }
        img += ">"
        guard !image.renditions[0].isWebP else { return img }
        return
            "<picture><source type=\"image/webp\" srcset=\"\(srcset(webP: true))\" sizes=\"\(sizes)\">\(img)</picture>"
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var text = self
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}

/// One `<img …>` start tag as written, and its attributes.
private struct ImageTag {
    /// From `<img` to its `>`.
    let text: Substring
    private let attributes: [(name: String, value: Substring)]

    /// The tag at the start of `html`, or nil when `<img` starts something else (`<imgx`) or never ends.
    init?(parsing html: Substring) {
        var index = html.index(html.startIndex, offsetBy: 4)
        guard index < html.endIndex, html[index].isWhitespace || html[index] == "/" || html[index] == ">" else {
            return nil
        }
        var attributes: [(String, Substring)] = []
        while index < html.endIndex {
            let character = html[index]
            if character == ">" {
                text = html[...index]
                self.attributes = attributes
                return
            }
            if character.isWhitespace || character == "/" {
                index = html.index(after: index)
                continue
            }
            let nameStart = index
            while index < html.endIndex, !html[index].isWhitespace, !"=>/".contains(html[index]) {
                index = html.index(after: index)
            }
            let name = html[nameStart..<index].lowercased()
            var value: Substring = ""
            if index < html.endIndex, html[index] == "=" {
                index = html.index(after: index)
                guard index < html.endIndex else { return nil }
                if html[index] == "\"" || html[index] == "'" {
                    let quote = html[index]
                    let valueStart = html.index(after: index)
                    guard let end = html[valueStart...].firstIndex(of: quote) else { return nil }
                    value = html[valueStart..<end]
                    index = html.index(after: end)
                } else {
                    let valueStart = index
                    while index < html.endIndex, !html[index].isWhitespace, html[index] != ">" {
                        index = html.index(after: index)
                    }
                    value = html[valueStart..<index]
                }
            }
            attributes.append((name, value))
        }
        return nil
    }

    func value(of name: String) -> Substring? {
        attributes.first { $0.name == name }?.value
    }
}
