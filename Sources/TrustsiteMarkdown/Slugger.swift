/// Makes stable, unique, readable `id`s from heading text: "Where there's more to do" becomes
/// `where-theres-more-to-do`; a second heading with the same text gets `-2`, and so on.
struct Slugger {
    private var used: Set<String>

    init(reserved: Set<String>) {
        used = reserved
    }

    /// Claims an id the author wrote; returns nil when it is already taken or belongs to footnotes.
    mutating func claim(_ id: String) -> String? {
        guard !used.contains(id), !Self.isFootnoteID(id) else { return nil }
        used.insert(id)
        return id
    }

    /// A new unique slug for the text.
    mutating func slug(for text: String) -> String {
        var base = Self.slug(text)
        if Self.isFootnoteID(base) { base = "section-" + base }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// cmark-gfm names footnotes `fn-<label>` and their references `fnref-<label>`.
    private static func isFootnoteID(_ id: String) -> Bool {
        id.hasPrefix("fn-") || id.hasPrefix("fnref-")
    }

    /// Lowercase letters and digits joined by single hyphens; apostrophes vanish rather than split words.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "section" : result
    }
}

/// Slugs for ids made from text, the same as headings get: for other modules' own ids.
public enum Slugs {
    public static func make(_ text: String) -> String { Slugger.slug(text) }
}
