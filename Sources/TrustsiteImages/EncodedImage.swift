/// An image re-encoded for publishing: upright, sRGB, and with no metadata at all.
public struct EncodedImage: Sendable, Hashable {
    public let bytes: [UInt8]
    /// Width in pixels of the encoded image (after rotation and resizing).
    public let width: Int
    /// Height in pixels of the encoded image (after rotation and resizing).
    public let height: Int
    public let format: ImageFormat

    public init(bytes: [UInt8], width: Int, height: Int, format: ImageFormat) {
        self.bytes = bytes
        self.width = width
        self.height = height
        self.format = format
    }
}
