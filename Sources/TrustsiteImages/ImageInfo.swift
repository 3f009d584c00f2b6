/// What an image's header says, read without decoding its pixels.
public struct ImageInfo: Sendable, Hashable {
    /// Width in pixels as shown: after the EXIF orientation's quarter turn, if it has one, which
    /// is the width the re-encoded image has and the `width` attribute a page should give it.
    public let width: Int
    /// Height in pixels as shown, after the EXIF orientation's quarter turn.
    public let height: Int
    public let format: ImageFormat

    public init(width: Int, height: Int, format: ImageFormat) {
        self.width = width
        self.height = height
        self.format = format
    }
}
