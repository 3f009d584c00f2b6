import CVips

/// Reads and re-encodes images for publishing through libvips. Every call is independent and
/// may run on any thread; the same bytes and options always give the same output bytes.
public enum ImageProcessor {
    /// Images with more pixels than this are refused before decoding (50 megapixels: a phone
    /// photo is 12 to 48), so a crafted file cannot make a build decode gigabytes.
    public static let defaultMaximumPixels = 50_000_000

    /// JPEG and WebP quality: visually lossless for photographs at a third of the camera's size.
    public static let defaultQuality = 82

    /// The libvips version ("8.14.1"): encoders differ between versions, so a cache of processed
    /// images must key on it as well as on the source bytes and options.
    public static var libraryVersion: String {
        vips_version_string().map { String(cString: $0) } ?? "unknown"
    }

    /// Reads an image's format and its size as shown (EXIF orientation applied) from its header,
    /// without decoding the pixels.
    /// `name` is the file's path as the author knows it, for the error message.
    public static func info(
        of bytes: [UInt8], name: String, maximumPixels: Int = defaultMaximumPixels
    ) throws(ImageError) -> ImageInfo {
        try withImage(bytes, name: name, maximumPixels: maximumPixels) { image, format throws(ImageError) in
            image.orientationSwapsAxes
                ? ImageInfo(width: image.height, height: image.width, format: format)
                : ImageInfo(width: image.width, height: image.height, format: format)
        }
    }

    /// Re-encodes an image for the web: turned upright as its EXIF orientation says, converted
    /// to sRGB through its ICC profile if it has one, scaled down to `width` pixels wide (aspect
    /// ratio kept; never scaled up) if given, and saved as `format` (nil: the source format) with
    /// no metadata at all: no EXIF (so no GPS position), XMP, IPTC, ICC profile or PNG text.
    public static func encode(
        _ bytes: [UInt8], name: String, as format: ImageFormat? = nil, width: Int? = nil,
        quality: Int = defaultQuality, maximumPixels: Int = defaultMaximumPixels
    ) throws(ImageError) -> EncodedImage {
        let variant = ImageVariant(format: format, width: width)
        let encoded = try encode(bytes, name: name, variants: [variant], quality: quality, maximumPixels: maximumPixels)
        guard let image = encoded.first else {
            throw ImageError("\(name): no image was encoded; report this as a bug")
        }
        return image
    }

    /// Re-encodes an image once per variant, in order, as `encode(_:name:as:width:)` does, but
    /// decoding it only once: a `srcset` of three widths in two formats costs one decode, not six.
    public static func encode(
        _ bytes: [UInt8], name: String, variants: [ImageVariant], quality: Int = defaultQuality,
        maximumPixels: Int = defaultMaximumPixels
    ) throws(ImageError) -> [EncodedImage] {
        for width in variants.compactMap(\.width) where width < 1 {
            throw ImageError("\(name): cannot resize to a width of \(width) pixels; give a width of at least 1")
        }
        guard (1...100).contains(quality) else {
            throw ImageError("\(name): image quality \(quality) is out of range; give a quality from 1 to 100")
        }
        return try withImage(bytes, name: name, maximumPixels: maximumPixels) {
            source, sourceFormat throws(ImageError) in
            let upright = try prepared(source, name: name)
            var encoded: [EncodedImage] = []
            for variant in variants {
                encoded.append(
                    try encode(
                        upright, as: variant.format ?? sourceFormat, width: variant.width, quality: quality, name: name)
                )
            }
            return encoded
        }
    }

    /// The message for a failure while decoding: by then the header was fine, so the rest is not.
    private static func damaged(_ name: String) -> String {
        "\(name): the image could not be decoded; it may be truncated or damaged, so export or save it again"
    }

    /// `source` turned upright, in sRGB (through its ICC profile if it has one), without metadata.
    private static func prepared(_ source: VipsImageHandle, name: String) throws(ImageError) -> VipsImageHandle {
        var image = try source.applying(damaged(name)) { trustsite_vips_autorot($0, $1) }
        if image.hasColourProfile {
            image = try image.applying(
                "\(name): its colour profile could not be applied; save it as sRGB and try again"
            ) {
                trustsite_vips_icc_to_srgb($0, $1)
            }
        }
        if !image.isSRGBOrGrey {
            image = try image.applying(
                "\(name): its colours could not be converted to sRGB; save it as sRGB and try again"
            ) {
                trustsite_vips_colourspace_srgb($0, $1)
            }
        }
        return try image.applying(damaged(name)) { trustsite_vips_without_metadata($0, $1) }
    }

    /// One variant of a prepared image: scaled down to `width` if narrower, saved as `format`.
    private static func encode(
        _ prepared: VipsImageHandle, as format: ImageFormat, width: Int?, quality: Int, name: String
    ) throws(ImageError) -> EncodedImage {
        var image = prepared
        if let width, width < image.width {
            let scale = Double(width) / Double(image.width)
            image = try image.applying(damaged(name)) { trustsite_vips_resize($0, $1, scale) }
        }
        if format == .jpeg, image.hasAlpha {
            image = try image.applying(damaged(name)) { trustsite_vips_flatten_white($0, $1) }
        }
        let level = Int32(quality)
        let bytes = try image.encoded(damaged(name)) { input, buffer, length in
            switch format {
            case .jpeg: trustsite_vips_jpeg(input, buffer, length, level)
            case .png: trustsite_vips_png(input, buffer, length)
            case .webp: trustsite_vips_webp(input, buffer, length, level)
            }
        }
        guard format == .webp else {
            return EncodedImage(bytes: bytes, width: image.width, height: image.height, format: format)
        }
        guard let stripped = WebPMetadataRemoval.removingMetadata(from: bytes) else {
            throw ImageError("\(name): libvips wrote a WebP file trustsite cannot read back; report this as a bug")
        }
        return EncodedImage(bytes: stripped, width: image.width, height: image.height, format: .webp)
    }

    /// Opens `bytes` as an image of a publishable format within the pixel limit and hands it to
    /// `body`; libvips reads the buffer lazily, so it stays pinned until `body` returns.
    private static func withImage<Result>(
        _ bytes: [UInt8], name: String, maximumPixels: Int,
        _ body: (VipsImageHandle, ImageFormat) throws(ImageError) -> Result
    ) throws(ImageError) -> Result {
        try VipsRuntime.start()
        let outcome: Swift.Result<Result, ImageError> = bytes.withUnsafeBytes { buffer in
            Swift.Result { () throws(ImageError) -> Result in
                guard let base = buffer.baseAddress, !buffer.isEmpty else {
                    throw ImageError("\(name): the file is empty; replace it with a JPEG or PNG image")
                }
                guard let loader = vips_foreign_find_load_buffer(base, buffer.count) else {
                    _ = VipsRuntime.takeError()
                    throw ImageError(
                        "\(name): this is not a JPEG, PNG or WebP image, or its start is damaged; replace it with a JPEG or PNG image"
                    )
                }
                let loaderName = String(cString: loader)
                guard let format = ImageFormat(loader: loaderName) else {
                    let kind = ImageFormat.displayName(ofLoader: loaderName)
                    throw ImageError("\(name): \(kind) images are not published as they are; convert it to JPEG or PNG")
                }
                guard let opened = trustsite_vips_load(base, buffer.count) else {
                    throw ImageError(
                        "\(name): the image could not be read; it may be truncated or damaged, so export or save it again",
                        libraryDetail: VipsRuntime.takeError())
                }
                let image = VipsImageHandle(opened)
                let pixels = image.width.multipliedReportingOverflow(by: image.height)
                guard !pixels.overflow, pixels.partialValue <= maximumPixels else {
                    throw ImageError(
                        "\(name): the image is \(image.width) × \(image.height) pixels, over the limit of "
                            + "\(maximumPixels) pixels; scale it down before adding it")
                }
                return try body(image, format)
            }
        }
        return try outcome.get()
    }
}
