import CVips

/// Owns one reference to a libvips image and drops it when done. Only ever used by the one
/// thread that made it; libvips images are immutable, each step makes a new one.
final class VipsImageHandle {
    let pointer: UnsafeMutablePointer<VipsImage>

    init(_ pointer: UnsafeMutablePointer<VipsImage>) {
        self.pointer = pointer
    }

    deinit {
        g_object_unref(pointer)
    }

    var width: Int { Int(vips_image_get_width(pointer)) }
    var height: Int { Int(vips_image_get_height(pointer)) }

    /// Whether the EXIF orientation turns the image a quarter turn (5 to 8), swapping width and height.
    var orientationSwapsAxes: Bool { vips_image_get_orientation_swap(pointer) != 0 }

    /// Whether the last band is transparency.
    var hasAlpha: Bool { vips_image_hasalpha(pointer) != 0 }

    /// Whether an ICC colour profile is embedded.
    var hasColourProfile: Bool { vips_image_get_typeof(pointer, VIPS_META_ICC_NAME) != 0 }

    /// Whether the pixels are already in a colour space a browser shows as they are.
    var isSRGBOrGrey: Bool {
        let interpretation = vips_image_get_interpretation(pointer)
        return interpretation == VIPS_INTERPRETATION_sRGB || interpretation == VIPS_INTERPRETATION_B_W
    }

    /// Runs one libvips step that makes a new image from this one.
    func applying(
        _ what: String,
        _ step: (UnsafeMutablePointer<VipsImage>, UnsafeMutablePointer<UnsafeMutablePointer<VipsImage>?>) -> Int32
    ) throws(ImageError) -> VipsImageHandle {
        var output: UnsafeMutablePointer<VipsImage>?
        guard step(pointer, &output) == 0, let output else {
            throw ImageError(what, libraryDetail: VipsRuntime.takeError())
        }
        return VipsImageHandle(output)
    }

    /// Runs one libvips encoder and copies its output into Swift memory.
    func encoded(
        _ what: String,
        _ encoder: (
            UnsafeMutablePointer<VipsImage>, UnsafeMutablePointer<UnsafeMutableRawPointer?>, UnsafeMutablePointer<Int>
        ) -> Int32
    ) throws(ImageError) -> [UInt8] {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard encoder(pointer, &buffer, &length) == 0, let buffer else {
            throw ImageError(what, libraryDetail: VipsRuntime.takeError())
        }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }
}
