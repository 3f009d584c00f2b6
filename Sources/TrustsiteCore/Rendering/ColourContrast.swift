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

extension ColourContrast {
    /// The closest colour to `hex` (darker or lighter, moving away from `background`) whose
    /// contrast with `background` is at least `minimum`.
    public static func nearestPassing(_ hex: String, against background: String, minimum: Double = 4.5) -> String {
        guard let value = Int(hex.dropFirst(), radix: 16), let backgroundLuminance = luminance(background) else {
            return hex
        }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map(Double.init)
        let darken = backgroundLuminance > 0.5
        for step in 0...255 {
            let fraction = Double(step) / 255
            let shifted = channels.map { darken ? $0 * (1 - fraction) : $0 + (255 - $0) * fraction }
            let candidate =
                "#"
                + shifted.map { channel -> String in
                    let text = String(Int(channel.rounded()), radix: 16)
                    return text.count == 1 ? "0" + text : text
                }.joined()
            if let ratio = ratio(candidate, background), ratio >= minimum { return candidate }
        }
        return darken ? "#000000" : "#ffffff"
    }
}
