import Foundation

/// Fills in the logo's drawn size once the published files are known: an SVG's from its root
/// element; a raster logo's (JPEG, PNG, WebP) from the image facts, read when the image was
/// processed. A logo whose size is not known (a GIF, an SVG without sizes) gets a height in CSS and
/// no `width`/`height`.
enum LogoMeasure {
    /// `logo` with its size, when it is a processed image or a published SVG that says its size.
    static func measured(
        _ logo: SiteLogo?, files: [PublishedFile], images: [String: ImageFacts], root: URL
    ) -> SiteLogo? {
        guard var logo else { return nil }
        if let image = images[logo.path] {
            logo.size = LogoSize(width: image.width, height: image.height)
            return logo
        }
        guard logo.path.lowercased().hasSuffix(".svg"),
            let file = files.first(where: { $0.url == logo.path })
        else { return logo }
        logo.size = SVGSize.read(root.appending(path: file.source))
        return logo
    }
}
