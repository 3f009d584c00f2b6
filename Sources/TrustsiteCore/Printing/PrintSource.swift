import Foundation

/// Turns a rendered page into the HTML file Chromium prints: self-contained, so no server is
/// needed. The stylesheet is written into the page, scripts are left out (a printed page runs
/// none), links to the site become absolute addresses under `base_url` (a reader of paper or of a
/// downloaded file has no site around it), and images are read from the files they are published from.
/// A processed content image is written into the page itself, in the stripped copy the site
/// publishes (never the original, whose camera metadata a PDF would carry along), and its other
/// widths are left out: Chromium prints `src`, loaded at once rather than lazily.
struct PrintSource: Sendable {
    /// The stylesheets' text by the address pages link them at (`/assets/site.3f2a1c9e.css`).
    let stylesheets: [String: String]
    /// The site's address, ending in "/".
    let baseURL: String
    /// Files published as they are, by address, as local file addresses Chromium can read.
    let localFiles: [String: URL]
    /// Processed images as `data:` addresses, by the address they are published at.
    var inlineImages: [String: String] = [:]

    /// The page at `pageURL` as Chromium prints it; addresses relative to the page (a page
    /// bundle's `team.jpg`) are resolved from there, as the browser showing the page would.
    func make(_ html: String, pageURL: String = "/") -> String {
        var text = Self.removingElements("script", from: html)
        text = Self.withoutOtherWidths(text)
        text = inliningStylesheets(text)
        text = absolutising("href", in: text, from: pageURL) { path in baseURL + path.dropFirst() }
        text = absolutising("src", in: text, from: pageURL) { path in
            inlineImages[String(path)] ?? localFiles[String(path)]?.absoluteString ?? baseURL + path.dropFirst()
        }
        return text
    }

    /// `html` with every `<source>` of a `<picture>` and every `srcset`, `sizes` and `loading`
    /// attribute removed, so each image is its `src`, loaded before printing.
    static func withoutOtherWidths(_ html: String) -> String {
        guard html.contains("<img") else { return html }
        var text = html
        for pattern in [#"<source [^>]*>"#, #" (?:srcset|sizes)="[^"]*""#, #" loading="(?:lazy|eager)""#] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text
    }

    /// `html` without any `<name …>…</name>` element.
    static func removingElements(_ name: String, from html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<\(name)", options: .caseInsensitive) {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "</\(name)>", options: .caseInsensitive) else {
                return result
            }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// Each `<link rel="stylesheet" href="…">` to a known stylesheet replaced by its text in `<style>`.
    private func inliningStylesheets(_ html: String) -> String {
        var text = html
        for (url, css) in stylesheets.sorted(by: { $0.key < $1.key }) {
            let safe = css.replacingOccurrences(of: "</style", with: "<\\/style", options: .caseInsensitive)
            text = text.replacingOccurrences(
                of: "<link rel=\"stylesheet\" href=\"\(url)\">", with: "<style>\n\(safe)\n</style>")
        }
        return text
    }

    /// Every `attribute="…"` that is a site address rewritten by `rewrite`, given as a path from
    /// the site's root: `/…` as it is, a relative one (`team.jpg`, `../vision/`) resolved from
    /// `pageURL`. Addresses in the page (`#top`), with a scheme (`https:`, `mailto:`, `data:`) or
    /// to another host (`//cdn…`) are kept.
    private func absolutising(
        _ attribute: String, in html: String, from pageURL: String, _ rewrite: (Substring) -> String
    ) -> String {
        let marker = " \(attribute)=\""
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: marker) {
            result += rest[..<start.upperBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "\"") else {
                return result + rest[start.upperBound...]
            }
            let value = rest[start.upperBound..<end]
            if value.hasPrefix("//") {
                result += value
            } else if value.hasPrefix("/") {
                result += rewrite(value)
            } else if let path = RelativeAddresses.sitePath(of: value, from: pageURL) {
                result += rewrite(Substring(path))
            } else {
                result += value
            }
            rest = rest[end...]
        }
        return result + rest
    }
}
