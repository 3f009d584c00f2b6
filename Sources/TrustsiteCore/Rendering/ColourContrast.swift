import Foundation

/// WCAG 2 contrast between colours written `#rrggbb`.
public enum ColourContrast {
    /// The contrast ratio (1 to 21) between two colours, or nil if either is not `#rrggbb`.
    public static func ratio(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Relative luminance as WCAG defines it.
    public static func luminance(_ hex: String) -> Double? {
        guard hex.count == 7, hex.hasPrefix("#"), let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    /// White or near-black, whichever reads better on `background`.
    public static func textColour(on background: String) -> String {
        let white = ratio(background, "#ffffff") ?? 21
        let black = ratio(background, "#0b0c0c") ?? 21
        return white >= black ? "#ffffff" : "#0b0c0c"
    }
}

