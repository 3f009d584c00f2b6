/// Makes stable, unique, readable `id`s from heading text: "Where there's more to do" becomes
/// `where-theres-more-to-do`; a second heading with the same text gets `-2`, and so on.
///
/// Linear however many headings share a text: each base slug remembers the next number to try,
/// so the 20,000th `## Same` does not test `same-2` to `same-20000` again. A number is skipped
/// only when its id is taken, and ids are never given back, so the result is the same as
/// counting from 2 every time (the smallest free number), including where an author's own
/// `## Same 3` or `{#same-3}` took a number first.
struct Slugger {
    private var used: Set<String>
    /// For each base slug that has been taken, the next number to try after it.
    private var nextNumber: [String: Int] = [:]
    /// How many candidate ids have been tested, for tests that the work stays linear.
    private(set) var probes = 0

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
        probes += 1
        if used.insert(base).inserted { return base }
        var number = nextNumber[base, default: 2]
        var candidate = "\(base)-\(number)"
        probes += 1
        while !used.insert(candidate).inserted {
            number += 1
            candidate = "\(base)-\(number)"
            probes += 1
        }
        nextNumber[base] = number + 1
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
