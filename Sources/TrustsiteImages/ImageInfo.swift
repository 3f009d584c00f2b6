/// What an image's header says, read without decoding its pixels.
public struct ImageInfo: Sendable, Hashable {
    /// Width in pixels, as stored (before any EXIF rotation).
    public let width: Int
    /// Height in pixels, as stored (before any EXIF rotation).
    public let height: Int
    public let format: ImageFormat

    public init(width: Int, height: Int, format: ImageFormat) {
        self.width = width
        self.height = height
        self.format = format
    }
}
