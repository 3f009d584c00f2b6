/// One published version of an image: a format and, if it is to be scaled down, a width.
public struct ImageVariant: Sendable, Hashable {
    /// The format to save as; nil saves as the source's format.
    public let format: ImageFormat?
    /// The width in pixels to scale down to (aspect ratio kept, never scaled up); nil keeps the size.
    public let width: Int?

    public init(format: ImageFormat? = nil, width: Int? = nil) {
        self.format = format
        self.width = width
    }
}
