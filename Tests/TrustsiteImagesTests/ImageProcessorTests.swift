import Testing
import TrustsiteImages

@Suite struct ImageProcessorTests {
    static let png = TestImages.png(width: 40, height: 20)

    /// A phone photo: a JPEG carrying EXIF (camera, orientation "rotate 90° clockwise", GPS), XMP
    /// with a GPS position and a creator, and IPTC with a by-line.
    static func phonePhoto() throws -> [UInt8] {
        let plain = try ImageProcessor.encode(png, name: "hub.png", as: .jpeg).bytes
        let segments = [TestImages.exifSegment(orientation: 6), TestImages.xmpSegment, TestImages.iptcSegment]
        return TestImages.inserting(segments, into: plain)
    }

    /// What must never be published: any metadata block, and the GPS tags by name.
    static let metadataMarkers = [
        "Exif", "http://ns.adobe.com/xap", "xmpmeta", "Photoshop 3.0", "8BIM", "GPS", "PhoneCam", "A. Parent",
    ]

    @Test func readsSizeAndFormatFromTheHeader() throws {
        #expect(try ImageProcessor.info(of: Self.png, name: "a.png") == ImageInfo(width: 40, height: 20, format: .png))
        let jpeg = try ImageProcessor.encode(Self.png, name: "a.png", as: .jpeg)
        #expect(
            try ImageProcessor.info(of: jpeg.bytes, name: "a.jpg") == ImageInfo(width: 40, height: 20, format: .jpeg))
        let webp = try ImageProcessor.encode(Self.png, name: "a.png", as: .webp)
        #expect(
            try ImageProcessor.info(of: webp.bytes, name: "a.webp") == ImageInfo(width: 40, height: 20, format: .webp))
    }

    /// A photo stored 40 × 20 with "rotate 90°" is shown 20 × 40: the size a page should give it.
    @Test func readsTheSizeAsShown() throws {
        #expect(
            try ImageProcessor.info(of: try Self.phonePhoto(), name: "hub.jpg")
                == ImageInfo(width: 20, height: 40, format: .jpeg))
    }

    @Test func theFixtureReallyCarriesMetadata() throws {
        let photo = try Self.phonePhoto()
        for marker in Self.metadataMarkers { #expect(TestImages.contains(photo, marker), "\(marker)") }
        #expect(TestImages.jpegMarkers(photo).contains(0xE1))
    }

    @Test(arguments: [ImageFormat?.none, .jpeg, .webp, .png])
    func reEncodingStripsEveryMetadataBlock(_ format: ImageFormat?) throws {
        let output = try ImageProcessor.encode(try Self.phonePhoto(), name: "hub.jpg", as: format)
        #expect(output.format == format ?? .jpeg)
        for marker in Self.metadataMarkers { #expect(!TestImages.contains(output.bytes, marker), "\(marker)") }
        for marker in ["eXIf", "tEXt", "iTXt", "zTXt", "iCCP", "ICC_PROFILE"] {
            #expect(!TestImages.contains(output.bytes, marker), "\(marker)")
        }
        if output.format == .jpeg {
            // Only JFIF (APP0) may come before the frame: no APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC).
            let markers = TestImages.jpegMarkers(output.bytes)
            #expect(markers.allSatisfy { !(0xE1...0xEF).contains($0) }, "\(markers)")
        }
    }

    /// The EXIF orientation is applied before it is stripped: the 40 × 20 photo, "rotate 90°",
    /// comes out 20 × 40, and so proves libvips read the EXIF the output no longer has.
    @Test func theOrientationIsAppliedBeforeStripping() throws {
        let output = try ImageProcessor.encode(try Self.phonePhoto(), name: "hub.jpg")
        #expect((output.width, output.height) == (20, 40))
        #expect(
            try ImageProcessor.info(of: output.bytes, name: "out.jpg")
                == ImageInfo(width: 20, height: 40, format: .jpeg))
    }

    @Test func pngTextAndExifChunksAreStripped() throws {
        let tagged = TestImages.png(
            width: 8, height: 8,
            chunks: [
                ("tEXt", Array("Author\0A. Parent".utf8)),
                ("eXIf", Array(TestImages.exifSegment(orientation: 1).dropFirst(10))),
            ])
        #expect(TestImages.contains(tagged, "A. Parent"))
        let output = try ImageProcessor.encode(tagged, name: "logo.png")
        #expect(output.format == .png)
        for marker in ["tEXt", "eXIf", "A. Parent", "GPS", "PhoneCam"] {
            #expect(!TestImages.contains(output.bytes, marker), "\(marker)")
        }
    }

    @Test func resizesToAWidthKeepingTheAspectRatio() throws {
        let large = TestImages.png(width: 300, height: 200)
        let output = try ImageProcessor.encode(large, name: "hub.png", as: .webp, width: 120)
        #expect((output.width, output.height, output.format) == (120, 80, .webp))
        #expect(
            try ImageProcessor.info(of: output.bytes, name: "out.webp")
                == ImageInfo(width: 120, height: 80, format: .webp))
        let odd = try ImageProcessor.encode(large, name: "hub.png", width: 101)
        #expect((odd.width, odd.height) == (101, 67))
    }

    /// Several variants from one decode: each the same bytes as encoding it alone.
    @Test func variantsMatchSingleEncodes() throws {
        let photo = try Self.phonePhoto()
        let variants = [ImageVariant(width: 10), ImageVariant(format: .webp, width: 10), ImageVariant(format: .png)]
        let batch = try ImageProcessor.encode(photo, name: "hub.jpg", variants: variants)
        #expect(batch.map(\.format) == [.jpeg, .webp, .png])
        #expect(batch.map(\.width) == [10, 10, 20])
        for (variant, encoded) in zip(variants, batch) {
            let alone = try ImageProcessor.encode(photo, name: "hub.jpg", as: variant.format, width: variant.width)
            #expect(alone == encoded)
            for marker in Self.metadataMarkers { #expect(!TestImages.contains(encoded.bytes, marker), "\(marker)") }
        }
        #expect(throws: ImageError.self) {
            try ImageProcessor.encode(
                photo, name: "hub.jpg", variants: [ImageVariant(width: 10), ImageVariant(width: -1)])
        }
    }

    /// A transparent logo saved as JPEG is flattened onto white, not black; as PNG or WebP it
    /// keeps its transparency.
    @Test func transparencyBecomesWhiteInAJPEG() throws {
        let transparent = TestImages.png(width: 8, height: 8, alpha: 0) { _, _ in (0, 0, 0) }
        let white = TestImages.png(width: 8, height: 8) { _, _ in (255, 255, 255) }
        let black = TestImages.png(width: 8, height: 8) { _, _ in (0, 0, 0) }
        let flattened = try ImageProcessor.encode(transparent, name: "logo.png", as: .jpeg).bytes
        #expect(flattened == (try ImageProcessor.encode(white, name: "white.png", as: .jpeg).bytes))
        #expect(flattened != (try ImageProcessor.encode(black, name: "black.png", as: .jpeg).bytes))
        let png = try ImageProcessor.encode(transparent, name: "logo.png")
        #expect(png.bytes != (try ImageProcessor.encode(black, name: "black.png")).bytes)
    }

    @Test func neverScalesUp() throws {
        let output = try ImageProcessor.encode(Self.png, name: "small.png", width: 400)
        #expect((output.width, output.height) == (40, 20))
    }

    @Test(arguments: [ImageFormat.jpeg, .png, .webp])
    func sameBytesInGiveSameBytesOut(_ format: ImageFormat) async throws {
        let photo = try Self.phonePhoto()
        let first = try ImageProcessor.encode(photo, name: "hub.jpg", as: format, width: 30)
        let again = try ImageProcessor.encode(photo, name: "hub.jpg", as: format, width: 30)
        #expect(first.bytes == again.bytes)
        // And on many threads at once, as a build would run them.
        let outputs = await withTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (try? ImageProcessor.encode(photo, name: "hub.jpg", as: format, width: 30))?.bytes ?? []
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.allSatisfy { $0 == first.bytes })
    }

    @Test func bytesThatAreNotAnImageGetAMessageToActOn() {
        let error = #expect(throws: ImageError.self) {
            try ImageProcessor.info(of: Array("<html>not a photo</html>".utf8), name: "content/pages/about/team.jpg")
        }
        #expect(
            error?.message
                == "content/pages/about/team.jpg: this is not a JPEG, PNG or WebP image, or its start is damaged; replace it with a JPEG or PNG image"
        )
        let empty = #expect(throws: ImageError.self) { try ImageProcessor.encode([], name: "empty.png") }
        #expect(empty?.message.contains("empty.png: the file is empty") == true)
    }

    @Test func aTruncatedImageIsReportedAsDamaged() throws {
        let jpeg = try ImageProcessor.encode(TestImages.png(width: 64, height: 64), name: "a.png", as: .jpeg).bytes
        let truncated = Array(jpeg.prefix(jpeg.count / 2))
        let error = #expect(throws: ImageError.self) { try ImageProcessor.encode(truncated, name: "hub.jpg") }
        #expect(error?.message.hasPrefix("hub.jpg: the image could not be") == true)
        #expect(error?.message.contains("truncated or damaged") == true)
    }

    @Test func aFormatThatIsNotPublishedAsItIsNamesTheFix() {
        // A GIF header: libvips reads GIF, but the site publishes JPEG, PNG and WebP only.
        let gif: [UInt8] =
            Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B]
        let error = #expect(throws: ImageError.self) { try ImageProcessor.info(of: gif, name: "logo.gif") }
        #expect(error?.message == "logo.gif: GIF images are not published as they are; convert it to JPEG or PNG")
    }

    @Test func anImageOverThePixelLimitIsRefusedBeforeDecoding() {
        let error = #expect(throws: ImageError.self) {
            try ImageProcessor.encode(Self.png, name: "huge.png", maximumPixels: 100)
        }
        #expect(
            error?.message
                == "huge.png: the image is 40 × 20 pixels, over the limit of 100 pixels; scale it down before adding it"
        )
    }

    @Test func namesTheLibraryVersionForCacheKeys() {
        #expect(ImageProcessor.libraryVersion.split(separator: ".").count == 3)
    }

    /// A PNG whose header claims 60,000 × 60,000 pixels (a decompression bomb) is refused from
    /// its header at the default limit, without decoding.
    @Test func aDecompressionBombIsRefusedAtTheDefaultLimit() {
        let bomb = TestImages.png(width: 1, height: 1, claimedSize: (60_000, 60_000))
        let error = #expect(throws: ImageError.self) { try ImageProcessor.info(of: bomb, name: "bomb.png") }
        #expect(error?.message.hasPrefix("bomb.png: the image is 60000 × 60000 pixels, over the limit") == true)
    }

    @Test func badOptionsAreRefused() {
        #expect(throws: ImageError.self) { try ImageProcessor.encode(Self.png, name: "a.png", width: 0) }
        #expect(throws: ImageError.self) { try ImageProcessor.encode(Self.png, name: "a.png", quality: 101) }
    }
}
