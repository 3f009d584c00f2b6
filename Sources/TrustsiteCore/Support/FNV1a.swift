import Foundation

/// 64-bit FNV-1a: small, fast and stable across runs and platforms (Swift's Hasher is seeded per process).
struct FNV1a {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01B3
        }
        state ^= 0xFF
        state = state &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var state = self.state
            for byte in bytes {
                state ^= UInt64(byte)
                state = state &* 0x0000_0100_0000_01B3
            }
            self.state = state
        }
        state ^= 0xFF
        state = state &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
