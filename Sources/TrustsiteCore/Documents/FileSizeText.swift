/// A file's size as GOV.UK's attachments show it: Rails' `number_to_human_size` with its
/// defaults (1,024 bytes to a KB, three significant digits, trailing zeros dropped):
/// "512 Bytes", "35.2 KB", "1.2 MB", "1020 KB".
enum FileSizeText {
    private static let units = ["KB", "MB", "GB", "TB"]

    static func text(_ bytes: Int) -> String {
        guard bytes >= 1024 else { return bytes == 1 ? "1 Byte" : "\(max(bytes, 0)) Bytes" }
        var value = Double(bytes)
        var unit = -1
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return "\(significant(value)) \(units[unit])"
    }

    /// `value` (at least 1) to three significant digits, half up, without trailing zeros.
    private static func significant(_ value: Double) -> String {
        let places = value >= 100 ? 0 : value >= 10 ? 1 : 2
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Whole tenths or hundredths, counted as integers so no float prints as 1.2000000000000002.
        let scaled = Int((value * scale + 0.5).rounded(.down))
        if places == 0 {
            // 3 significant digits of a number of 4 digits (1023.9 KB): Rails writes 1020.
            return scaled >= 1000 ? String((scaled + 5) / 10 * 10) : String(scaled)
        }
        let divisor = places == 1 ? 10 : 100
        var fraction = String(scaled % divisor)
        if places == 2, fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(scaled / divisor) : "\(scaled / divisor).\(fraction)"
    }
}
