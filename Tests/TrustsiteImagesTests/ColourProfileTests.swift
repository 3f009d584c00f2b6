import Testing
import TrustsiteImages

@Suite struct ColourProfileTests {
    /// A JPEG APP2 ICC_PROFILE segment holding `profile` as its only chunk.
    static func iccSegment(_ profile: [UInt8]) -> [UInt8] {
        let payload = Array("ICC_PROFILE\0".utf8) + [1, 1] + profile
        return [0xFF, 0xE2, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
    }

    /// A minimal ICC v2 RGB matrix/TRC display profile: sRGB's primaries (D50-adapted) with a
    /// linear tone curve, so converting through it to sRGB visibly brightens the mid-tones.
    static let linearRGBProfile: [UInt8] = {
        func be32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (24 - 8 * $0)) & 0xFF) } }
        func fixed(_ value: Double) -> [UInt8] { be32(Int((value * 65_536).rounded())) }
        func xyz(_ x: Double, _ y: Double, _ z: Double) -> [UInt8] {
            Array("XYZ ".utf8) + be32(0) + fixed(x) + fixed(y) + fixed(z)
        }
        let curve = Array("curv".utf8) + be32(0) + be32(1) + [1, 0, 0, 0]  // gamma 1.0, padded
        let tags: [(String, [UInt8])] = [
            ("wtpt", xyz(0.9642, 1.0, 0.8249)), ("rXYZ", xyz(0.4361, 0.2225, 0.0139)),
            ("gXYZ", xyz(0.3851, 0.7169, 0.0971)), ("bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            ("rTRC", curve), ("gTRC", curve), ("bTRC", curve),
        ]
        var offset = 128 + 4 + tags.count * 12
        var table = be32(tags.count)
        var data: [UInt8] = []
        for (signature, body) in tags {
            table += Array(signature.utf8) + be32(offset) + be32(body.count)
            data += body
            offset += body.count
        }
        var header = be32(offset) + be32(0) + [2, 0x10, 0, 0] + Array("mntrRGB XYZ ".utf8)
        header += Array(repeating: 0, count: 12) + Array("acsp".utf8) + Array(repeating: 0, count: 24)
        header += fixed(0.9642) + fixed(1.0) + fixed(0.8249)
        header += Array(repeating: 0, count: 128 - header.count)
        return header + table + data
    }()

    /// The profile is applied (the pixels change) and then dropped from the output.
    @Test func aProfileIsAppliedThenDropped() throws {
        let jpeg = try ImageProcessor.encode(TestImages.png(width: 16, height: 8), name: "a.png", as: .jpeg).bytes
        let tagged = TestImages.inserting([Self.iccSegment(Self.linearRGBProfile)], into: jpeg)
        let converted = try ImageProcessor.encode(tagged, name: "hub.jpg", as: .png)
        let plain = try ImageProcessor.encode(jpeg, name: "hub.jpg", as: .png)
        #expect(converted.bytes != plain.bytes)
        for marker in ["ICC_PROFILE", "iCCP", "acsp"] {
            #expect(!TestImages.contains(converted.bytes, marker), "\(marker)")
        }
    }

    @Test func aBrokenProfileIsDropped() throws {
        let jpeg = try ImageProcessor.encode(TestImages.png(width: 16, height: 8), name: "a.png", as: .jpeg).bytes
        let tagged = TestImages.inserting([Self.iccSegment(Array(repeating: 7, count: 200))], into: jpeg)
        #expect(TestImages.contains(tagged, "ICC_PROFILE"))
        let output = try ImageProcessor.encode(tagged, name: "hub.jpg")
        #expect(!TestImages.contains(output.bytes, "ICC_PROFILE"))
        #expect((output.width, output.height) == (16, 8))
    }
}
