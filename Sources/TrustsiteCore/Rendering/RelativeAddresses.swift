import Foundation

/// Addresses written relative to a page (a page bundle's `team.jpg`, `../vision/`) made into paths
/// from the site's root, for HTML shown at another address than the page it was written for:
/// the whole plan on `/plan/whole/` holds every chapter's body, and a printed page is read from a
/// temporary folder.
enum RelativeAddresses {
    /// `html` with every relative `href` and `src` resolved from `pageURL` into a path from the
    /// site's root; other addresses are kept as they are.
    static func rooted(_ html: String, from pageURL: String) -> String {
        guard html.contains(" href=\"") || html.contains(" src=\"") else { return html }
        var text = html
        for attribute in ["href", "src"] {
            let marker = " \(attribute)=\""
            var result = ""
            var rest = Substring(text)
            while let start = rest.range(of: marker) {
                result += rest[..<start.upperBound]
                guard let end = rest[start.upperBound...].firstIndex(of: "\"") else {
                    rest = rest[start.upperBound...]
                    break
                }
                let value = rest[start.upperBound..<end]
                result += value.hasPrefix("/") ? String(value) : sitePath(of: value, from: pageURL) ?? String(value)
                rest = rest[end...]
            }
            text = result + rest
        }
        return text
    }

    /// A relative address as a path from the site's root, resolved from the page at `pageURL`;
    /// nil for one within the page (`#top`, empty), with a scheme (`https:`, `mailto:`, `data:`)
    /// or already from the root.
    static func sitePath(of value: Substring, from pageURL: String) -> String? {
        guard let first = value.first, first != "#", first != "/" else { return nil }
        // A colon before any slash, query or fragment ends a scheme: `mailto:`, `data:`, `https:`.
        if let colon = value.firstIndex(of: ":"), !value[..<colon].contains(where: { "/?#".contains($0) }) {
            return nil
        }
        let origin = "https://site.invalid"
        guard let page = URL(string: origin + pageURL),
            let resolved = URL(string: String(value), relativeTo: page)?.absoluteString,
            resolved.hasPrefix(origin + "/")
        else { return nil }
        return String(resolved.dropFirst(origin.count))
    }
}
