/// What the build knows of a published content image once it is processed: its size as shown
/// and every copy of it that is published, for `width`/`height`, `srcset` and the size budget.
public struct ImageFacts: Sendable, Hashable {
    /// Width in pixels as shown (EXIF orientation applied): the `width` attribute.
    public var width: Int
    /// Height in pixels as shown: the `height` attribute.
    public var height: Int
    /// Every published copy: the image at its own address first, then the WebP of it (unless it
    /// is a WebP itself), then each narrower width in the same order.
    public var renditions: [ImageRendition]
    /// The processing cache's key: source bytes, settings and libvips version.
    public var cacheKey: String

    /// The bytes of the image at its own address (its largest published width).
    public var size: Int { renditions.first?.size ?? 0 }
}

/// One published copy of a content image.
public struct ImageRendition: Sendable, Hashable {
    /// Its address: `/about/team-640w.webp`.
    public var url: String
    public var width: Int
    public var height: Int
    /// WebP, listed in `<source type="image/webp">`; else the source's own format.
    public var isWebP: Bool
    /// Its size in bytes.
    public var size: Int

    /// Where it is written in the output.
    public var outputPath: String { String(url.dropFirst()) }
}
