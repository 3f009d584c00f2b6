/// The Trust's logo (`logo:` in `trustsite.yml`): a published image shown in every page's header
/// as the link to the home page.
public struct SiteLogo: Sendable {
    /// A site path, `/images/logo.svg`.
    public var path: String
    /// What the logo shows, for people who cannot see it.
    public var alt: String
    /// Where `logo:` is written.
    public var location: SourceLocation
    /// Where `path:` is written, for a path that is not a published file.
    public var pathLocation: SourceLocation
    /// Its drawn size, read from the file once the published files are known (see `LogoSize`);
    /// nil when the file does not say (a raster logo, or an SVG without sizes).
    public var size: LogoSize? = nil
}

/// An image's intrinsic width and height in CSS pixels: written as `width` and `height` so the
/// browser keeps the logo's space before the file arrives (no layout shift).
public struct LogoSize: Sendable, Hashable {
    public var width: Int
    public var height: Int
}
