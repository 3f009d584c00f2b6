/// Removes the metadata chunks (EXIF, XMP, ICC profile) from a WebP file. Debian 12's libvips
/// 8.14.1 writes an EXIF chunk from the image's own properties even with "strip" set and every
/// metadata item removed; the chunk holds no position, but published images carry no EXIF at all.
enum WebPMetadataRemoval {
    /// The chunks that hold metadata, never pixels.
    static let metadataChunks: Set<[UInt8]> = [Array("EXIF".utf8), Array("XMP ".utf8), Array("ICCP".utf8)]

    /// VP8X feature flags announcing those chunks: ICC profile, EXIF, XMP.
    static let metadataFlags: UInt8 = 0x20 | 0x08 | 0x04

    /// `webp` without its metadata chunks, its VP8X flags and RIFF size fixed to match; nil if
    /// the bytes are not a well-formed WebP file.
    static func removingMetadata(from webp: [UInt8]) -> [UInt8]? {
        guard webp.count >= 12, webp[0..<4].elementsEqual("RIFF".utf8), webp[8..<12].elementsEqual("WEBP".utf8)
        else { return nil }
        var body: [UInt8] = Array("WEBP".utf8)
        var index = 12
        while index < webp.count {
            guard index + 8 <= webp.count else { return nil }
            let type = Array(webp[index..<index + 4])
            let size = webp[index + 4..<index + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
            let end = index + 8 + size + (size % 2)
            guard end <= webp.count || (end == webp.count + 1 && size % 2 == 1) else { return nil }
            var chunk = Array(webp[index..<min(end, webp.count)])
            if type.elementsEqual("VP8X".utf8), chunk.count > 8 {
                chunk[8] &= ~metadataFlags
            }
            if !metadataChunks.contains(type) {
                body += chunk
            }
            index = end
        }
        let size = body.count
        return Array("RIFF".utf8) + [
            UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24 & 0xFF),
        ]
            + body
    }
}
