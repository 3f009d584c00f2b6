import Foundation

/// Fills in the logo's drawn size once the published files are known: an SVG's from its root
/// element. A raster logo's size comes from the image facts when a build has them; without them
/// the header gives it a height in CSS and no `width`/`height`.
enum LogoMeasure {
    /// `logo` with its size, when it is a published SVG that says its size.
    static func measured(_ logo: SiteLogo?, files: [PublishedFile], root: URL) -> SiteLogo? {
        guard var logo else { return nil }
        guard logo.path.lowercased().hasSuffix(".svg"),
            let file = files.first(where: { $0.url == logo.path })
        else { return logo }
        logo.size = SVGSize.read(root.appending(path: file.source))
        return logo
    }
}
