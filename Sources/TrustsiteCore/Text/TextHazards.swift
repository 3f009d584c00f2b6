/// Characters that make text read differently from how it is stored.
///
/// Direction controls reorder what follows them (the "Trojan Source" trick: a member's name or a
/// service's title that displays as one thing and sorts, searches and links as another), and
/// zero-width characters make two names that look the same differ. Both are legitimate inside
/// right-to-left and some Asian scripts, so they are warned about in names and titles, not refused.
enum TextHazards {
    /// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and the marks
    /// U+200E, U+200F and U+061C.
    static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// Zero-width and invisible format characters: U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x180E: true
        default: false
        }
    }

    /// What a name or title holds that a reader cannot see, described for a message; nil when nothing.
    ///
    /// The marks U+200E, U+200F and U+061C, and the joiners U+200C and U+200D, are normal in
    /// right-to-left and Indic text and in emoji sequences: they count only in text written wholly
    /// in Latin letters, where no script needs them.
    static func hazard(in text: String) -> String? {
        let needsMarks = text.unicodeScalars.contains {
            $0.value >= 0x0370 && ($0.properties.isAlphabetic || $0.properties.isEmoji)
        }
        for scalar in text.unicodeScalars {
            if needsMarks, [0x200E, 0x200F, 0x061C, 0x200C, 0x200D].contains(scalar.value) { continue }
            if isDirectionControl(scalar) { return "an invisible direction control (\(scalar.code))" }
            if isInvisible(scalar) { return "an invisible zero-width character (\(scalar.code))" }
        }
        return nil
    }
}
