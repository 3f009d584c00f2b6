/// Small images built byte by byte for the tests, so no binary fixture hides what it holds.
enum TestImages {
    /// An 8-bit RGB PNG whose pixel colours come from `colour`, with `chunks` (type, data)
    /// inserted before the image data. Deflate "stored" blocks keep the encoder trivial.
    /// `claimedSize` writes another size into the header than the pixels have (a bomb); `alpha`
    /// makes it RGBA with that opacity everywhere.
    static func png(
        width: Int, height: Int, claimedSize: (Int, Int)? = nil, alpha: UInt8? = nil, chunks: [(String, [UInt8])] = [],
        colour: (Int, Int) -> (UInt8, UInt8, UInt8) = { x, y in (UInt8(x * 6 % 256), UInt8(y * 6 % 256), 128) }
    ) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)  // filter: none
            for x in 0..<width {
                let (red, green, blue) = colour(x, y)
                raw += [red, green, blue] + (alpha.map { [$0] } ?? [])
            }
        }
        var header = bigEndian32(claimedSize?.0 ?? width) + bigEndian32(claimedSize?.1 ?? height)
        header += [8, alpha == nil ? 2 : 6, 0, 0, 0]  // 8 bits, truecolour (+ alpha), deflate, no interlace
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", header)
        for (type, data) in chunks { file += chunk(type, data) }
        file += chunk("IDAT", zlibStored(raw))
        file += chunk("IEND", [])
        return file
    }

    /// A JPEG APP1 EXIF segment: an orientation, a camera make, and a GPS position (51°30'N, 0°7'W).
    static func exifSegment(orientation: UInt16) -> [UInt8] {
        // TIFF, big-endian. IFD0 at 8: Make, Orientation, GPS IFD pointer. The GPS IFD follows.
        let make = Array("PhoneCam\0".utf8)
        let ifd0Entries = 3
        let ifd0Size = 2 + ifd0Entries * 12 + 4
        let makeOffset = 8 + ifd0Size
        let gpsOffset = makeOffset + make.count + (make.count % 2)
        let gpsEntries = 4
        let gpsSize = 2 + gpsEntries * 12 + 4
        let latitudeOffset = gpsOffset + gpsSize
        let longitudeOffset = latitudeOffset + 24
        var tiff: [UInt8] = Array("MM".utf8) + [0, 42] + bigEndian32(8)
        tiff += bigEndian16(ifd0Entries)
        tiff += entry(tag: 0x010F, type: 2, count: make.count, value: bigEndian32(makeOffset))
        tiff += entry(tag: 0x0112, type: 3, count: 1, value: bigEndian16(Int(orientation)) + [0, 0])
        tiff += entry(tag: 0x8825, type: 4, count: 1, value: bigEndian32(gpsOffset))
        tiff += bigEndian32(0)
        tiff += make + (make.count % 2 == 1 ? [0] : [])
        tiff += bigEndian16(gpsEntries)
        tiff += entry(tag: 0x0001, type: 2, count: 2, value: Array("N\0\0\0".utf8))
        tiff += entry(tag: 0x0002, type: 5, count: 3, value: bigEndian32(latitudeOffset))
        tiff += entry(tag: 0x0003, type: 2, count: 2, value: Array("W\0\0\0".utf8))
        tiff += entry(tag: 0x0004, type: 5, count: 3, value: bigEndian32(longitudeOffset))
        tiff += bigEndian32(0)
        for (degrees, minutes) in [(51, 30), (0, 7)] {
            tiff += bigEndian32(degrees) + bigEndian32(1) + bigEndian32(minutes) + bigEndian32(1)
            tiff += bigEndian32(0) + bigEndian32(1)
        }
        return segment(0xE1, Array("Exif\0\0".utf8) + tiff)
    }

    /// A JPEG APP1 XMP segment naming a GPS position and a creator.
    static let xmpSegment: [UInt8] = segment(
        0xE1,
        Array("http://ns.adobe.com/xap/1.0/\0".utf8)
            + Array(
                ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                    + "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"51,30N\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"A. Parent\"/></rdf:RDF></x:xmpmeta>")
                    .utf8))

    /// A JPEG APP13 IPTC segment (Photoshop resource 0x0404) with a by-line.
    static let iptcSegment: [UInt8] = {
        let dataset: [UInt8] = [0x1C, 2, 80] + bigEndian16(9) + Array("A. Parent".utf8)
        var resource = Array("Photoshop 3.0\0".utf8) + Array("8BIM".utf8) + [0x04, 0x04, 0, 0]
        resource += bigEndian32(dataset.count) + dataset + (dataset.count % 2 == 1 ? [0] : [])
        return segment(0xED, resource)
    }()

    /// `jpeg` with `segments` inserted straight after its start-of-image marker.
    static func inserting(_ segments: [[UInt8]], into jpeg: [UInt8]) -> [UInt8] {
        Array(jpeg.prefix(2)) + segments.flatMap { $0 } + Array(jpeg.dropFirst(2))
    }

    /// The markers of a JPEG's segments up to the start of scan (APP1 is 0xE1).
    static func jpegMarkers(_ jpeg: [UInt8]) -> [UInt8] {
        var markers: [UInt8] = []
        var index = 2
        while index + 3 < jpeg.count, jpeg[index] == 0xFF {
            let marker = jpeg[index + 1]
            markers.append(marker)
            if marker == 0xDA { break }
            index += 2 + Int(jpeg[index + 2]) << 8 + Int(jpeg[index + 3])
        }
        return markers
    }

    /// Whether `bytes` contains `text` as ASCII, anywhere.
    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    private static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + bigEndian16(payload.count + 2) + payload
    }

    private static func entry(tag: Int, type: Int, count: Int, value: [UInt8]) -> [UInt8] {
        bigEndian16(tag) + bigEndian16(type) + bigEndian32(count) + value
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian32(data.count) + typed + bigEndian32(Int(crc32(typed)))
    }

    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var blocks = stride(from: 0, to: data.count, by: 65_535).map { data[$0..<min($0 + 65_535, data.count)] }
        if blocks.isEmpty { blocks = [[]] }
        for (index, block) in blocks.enumerated() {
            let length = block.count
            out += [index == blocks.count - 1 ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8)]
            out += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += block
        }
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian32(Int(b << 16 | a))
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func bigEndian16(_ value: Int) -> [UInt8] { [UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)] }

    private static func bigEndian32(_ value: Int) -> [UInt8] {
        [UInt8((value >> 24) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
