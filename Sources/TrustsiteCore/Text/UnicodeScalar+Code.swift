extension Unicode.Scalar {
    /// `U+0007`, `U+202E`, `U+10FFFF`: how messages name a character a reader cannot see.
    var code: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
