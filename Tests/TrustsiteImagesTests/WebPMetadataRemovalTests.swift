import Testing

@testable import TrustsiteImages

@Suite struct WebPMetadataRemovalTests {
    static func chunk(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        let size = payload.count
        return Array(type.utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0] + payload
            + (size % 2 == 1 ? [0] : [])
    }

    static func riff(_ chunks: [[UInt8]]) -> [UInt8] {
        let body = Array("WEBP".utf8) + chunks.flatMap { $0 }
        return Array("RIFF".utf8) + [UInt8(body.count & 0xFF), UInt8(body.count >> 8 & 0xFF), 0, 0] + body
    }

    /// VP8X with ICC, alpha, EXIF and XMP flags; the metadata chunks go, alpha stays.
    @Test func dropsTheMetadataChunksAndTheirFlags() throws {
        let vp8x = Self.chunk("VP8X", [0x20 | 0x10 | 0x08 | 0x04, 0, 0, 0, 9, 0, 0, 9, 0, 0])
        let pixels = Self.chunk("VP8L", [1, 2, 3])
        let input = Self.riff([
            vp8x, Self.chunk("ICCP", [1, 2]), Self.chunk("ALPH", [7]), pixels,
            Self.chunk("EXIF", Array("Exif\0\0GPS".utf8)),
            Self.chunk("XMP ", Array("<x:xmpmeta/>".utf8)),
        ])
        let output = try #require(WebPMetadataRemoval.removingMetadata(from: input))
        let expectedVP8X = Self.chunk("VP8X", [0x10, 0, 0, 0, 9, 0, 0, 9, 0, 0])
        #expect(output == Self.riff([expectedVP8X, Self.chunk("ALPH", [7]), pixels]))
    }

    @Test func aFileWithoutMetadataIsUnchanged() throws {
        let input = Self.riff([Self.chunk("VP8 ", [1, 2, 3, 4])])
        #expect(WebPMetadataRemoval.removingMetadata(from: input) == input)
    }

    @Test func malformedFilesAreRefused() {
        #expect(WebPMetadataRemoval.removingMetadata(from: Array("RIFF\0\0\0\0WEBX".utf8)) == nil)
        #expect(WebPMetadataRemoval.removingMetadata(from: Array("RIFF".utf8)) == nil)
        // A chunk claiming more bytes than the file has.
        #expect(
            WebPMetadataRemoval.removingMetadata(from: Self.riff([]) + Array("VP8 ".utf8) + [99, 0, 0, 0, 1]) == nil)
    }
}
