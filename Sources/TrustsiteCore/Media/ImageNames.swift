import TrustsiteImages

/// Which published files are processed as images, and the derived addresses of their copies:
/// `/about/team.jpg` gives `/about/team.webp`, `/about/team-640w.jpg` and `/about/team-640w.webp`.
enum ImageNames {
    /// The widths of the narrower copies in each `srcset`: phones, tablets, laptops and wide
    /// screens, at one and two pixels per CSS pixel. Only those narrower than the image are made.
    static let widths = [320, 640, 960, 1280, 1920]

    /// Whether a file is re-encoded and given copies: a JPEG, PNG or WebP under `content/`.
    /// GIF and SVG, and everything in `static/`, are published as they are.
    static func isProcessed(_ file: PublishedFile) -> Bool {
        !file.isStatic && format(of: file.url) != nil
    }

    /// The format a file's extension names (case-insensitive), or nil for one not processed.
    static func format(of url: String) -> ImageFormat? {
        switch fileExtension(of: url).lowercased() {
        case "jpg", "jpeg": .jpeg
        case "png": .png
        case "webp": .webp
        default: nil
        }
    }

    /// The address of one copy of the image at `url` (the same folder): `width` nil keeps the
    /// full size; `webp` gives the WebP name, else the source's own extension is kept.
    static func url(_ url: String, width: Int?, webp: Bool) -> String {
        let slash = url.lastIndex(of: "/").map { url.index(after: $0) } ?? url.startIndex
        return String(url[..<slash]) + renamed(url[slash...], width: width, webp: webp)
    }

    /// A file name with a width suffix and, for WebP, the `.webp` extension: `team.jpg` → `team-640w.webp`.
    static func renamed(_ name: Substring, width: Int?, webp: Bool) -> String {
        let ext = fileExtension(of: String(name))
        let stem = ext.isEmpty ? name : name.dropLast(ext.count + 1)
        return stem + (width.map { "-\($0)w" } ?? "") + "." + (webp ? "webp" : ext)
    }

    /// Every address a processed image's copies may take, whatever its size turns out to be:
    /// reserved before the images are read, so a collision does not depend on an image's width.
    static func derivedURLs(of url: String) -> [String] {
        let isWebP = format(of: url) == .webp
        var urls: [String] = isWebP ? [] : [Self.url(url, width: nil, webp: true)]
        for width in widths {
            urls.append(Self.url(url, width: width, webp: false))
            if !isWebP { urls.append(Self.url(url, width: width, webp: true)) }
        }
        return urls
    }

    /// The copies to make of an image `width` pixels wide, in `ImageFacts.renditions` order.
    static func variants(of url: String, width: Int) -> [(url: String, variant: ImageVariant, isWebP: Bool)] {
        guard let own = format(of: url) else { return [] }
        var result: [(String, ImageVariant, Bool)] = []
        for size in [nil] + widths.filter({ $0 < width }).map(Optional.some) {
            result.append(
                (Self.url(url, width: size, webp: own == .webp), ImageVariant(format: own, width: size), own == .webp))
            if own != .webp {
                result.append((Self.url(url, width: size, webp: true), ImageVariant(format: .webp, width: size), true))
            }
        }
        return result
    }

    private static func fileExtension(of url: String) -> String {
        let name = url.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
