import Testing

@testable import TrustsiteImages

@Suite struct ImageFormatTests {
    @Test func readsLoaderClassNamesAndNicknames() {
        #expect(ImageFormat(loader: "VipsForeignLoadJpegBuffer") == .jpeg)
        #expect(ImageFormat(loader: "VipsForeignLoadPngBuffer") == .png)
        #expect(ImageFormat(loader: "VipsForeignLoadWebpBuffer") == .webp)
        #expect(ImageFormat(loader: "jpegload_buffer") == .jpeg)
        #expect(ImageFormat(loader: "VipsForeignLoadNsgifBuffer") == nil)
        #expect(ImageFormat.displayName(ofLoader: "VipsForeignLoadNsgifBuffer") == "GIF")
        #expect(ImageFormat.displayName(ofLoader: "VipsForeignLoadTiffBuffer") == "TIFF")
        #expect(ImageFormat.displayName(ofLoader: "heifload_buffer") == "HEIF")
    }

    @Test func namesItsFileExtensionAndMediaType() {
        #expect(ImageFormat.allCases.map(\.fileExtension) == ["jpg", "png", "webp"])
        #expect(ImageFormat.allCases.map(\.mediaType) == ["image/jpeg", "image/png", "image/webp"])
    }
}
