/// An image format trustsite reads and writes: the ones every browser shows.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg
    case png
    case webp

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }

    /// The media type, for `<source type="…">`.
    public var mediaType: String { "image/\(rawValue)" }

    /// The format of a libvips loader ("VipsForeignLoadJpegBuffer", or its nickname
    /// "jpegload_buffer"), or nil for one libvips reads but a site should not publish as it is.
    init?(loader: String) {
        switch Self.kind(ofLoader: loader) {
        case "jpeg": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        default: return nil
        }
    }

    /// The loader's format in lower case: "jpeg", "png", "nsgif" (libvips's GIF), "tiff", "heif"...
    static func kind(ofLoader loader: String) -> String {
        // libvips 8.14 answers with the class name; older and newer ones have used the nickname.
        var name = Substring(loader)
        if name.hasPrefix("VipsForeignLoad") { name = name.dropFirst("VipsForeignLoad".count) }
        if name.hasSuffix("Buffer") { name = name.dropLast("Buffer".count) }
        if name.hasSuffix("load_buffer") { name = name.dropLast("load_buffer".count) }
        return name.lowercased()
    }

    /// How an author would name a loader's format: "GIF", "TIFF", "HEIF".
    static func displayName(ofLoader loader: String) -> String {
        let kind = kind(ofLoader: loader)
        return (kind == "nsgif" ? "gif" : kind).uppercased()
    }
}
