import Foundation

/// Reads an SVG's drawn size from its root element: `width` and `height` in pixels (or without a
/// unit), else the `viewBox`'s width and height. Percentages and other units say nothing about
/// the picture's shape, so they are passed over.
enum SVGSize {
    /// The root element is at the start of the file; a logo with kilobytes of comments before it
    /// is still read, and a huge file is never read whole.
    static let bytesRead = 64 * 1024

    /// The size of the SVG at `url`, or nil when it cannot be read or does not say.
    static func read(_ url: URL) -> LogoSize? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: bytesRead) else { return nil }
        return size(in: String(decoding: data, as: UTF8.self))
    }

    /// The size the `<svg …>` start tag in `text` gives.
    static func size(in text: String) -> LogoSize? {
        guard let start = rootTagStart(in: text), let end = text[start.upperBound...].firstIndex(of: ">") else {
            return nil
        }
        let tag = text[start.upperBound..<end]
        if let width = attribute("width", in: tag).flatMap(pixels),
            let height = attribute("height", in: tag).flatMap(pixels)
        {
            return rounded(width, height)
        }
        guard let box = attribute("viewBox", in: tag) else { return nil }
        let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" })
            .compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return rounded(numbers[2], numbers[3])
    }

    /// Where the root `<svg` begins: not in a comment (an editor may keep an old `<svg …>` there),
    /// and followed by a space or `>`, so `<svgx` is not it.
    private static func rootTagStart(in text: String) -> Range<String.Index>? {
        var rest = text[...]
        while let open = rest.range(of: "<", options: []) {
            let after = rest[open.upperBound...]
            if after.hasPrefix("!--") {
                guard let close = after.range(of: "-->") else { return nil }
                rest = after[close.upperBound...]
                continue
            }
            rest = after
            guard after.prefix(3).lowercased() == "svg" else { continue }
            let next = after.dropFirst(3).first
            if next == nil || next == ">" || next == "/" || next?.isWhitespace == true {
                return open.lowerBound..<after.index(after.startIndex, offsetBy: 3)
            }
        }
        return nil
    }

    /// The value of `name="…"` (or `'…'`) in a start tag's attributes; names are whole words.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag[...]
        while let found = rest.range(of: name) {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            var after = rest[found.upperBound...].drop(while: { $0 == " " })
            rest = rest[found.upperBound...]
            guard before.isWhitespace, after.first == "=" else { continue }
            after = after.dropFirst().drop(while: { $0 == " " })
            guard let quote = after.first, quote == "\"" || quote == "'" else { continue }
            let value = after.dropFirst()
            guard let close = value.firstIndex(of: quote) else { return nil }
            return String(value[..<close])
        }
        return nil
    }

    /// A length in CSS pixels: `120`, `120px`; nil for `100%`, `3em` and the like.
    private static func pixels(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let number = trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed
        guard let value = Double(number), value.isFinite, value > 0 else { return nil }
        return value
    }

    private static func rounded(_ width: Double, _ height: Double) -> LogoSize? {
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width < 100_000, height < 100_000 else {
            return nil
        }
        return LogoSize(width: Int(width.rounded()), height: Int(height.rounded()))
    }
}
