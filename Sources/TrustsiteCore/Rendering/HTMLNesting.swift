import TrustsiteMarkdown

/// Puts a page's rendered body inside a larger page: headings one level down, and ids (and the
/// links and labels that point at them) prefixed, so several bodies can share a page without two
/// elements having one id.
enum HTMLNesting {
    static func nest(_ html: String, levels: Int = 1, idPrefix: String) -> String {
        var replacements: [(pattern: String, with: String)] = [
            (" id=\"", " id=\"\(idPrefix)-"), (" href=\"#", " href=\"#\(idPrefix)-"),
            (" aria-labelledby=\"", " aria-labelledby=\"\(idPrefix)-"),
        ]
        // One pass over the bytes: a replaced heading is never matched again. "<h2" is matched without
        // what follows it, so the attribute after it (` id="`) is still seen.
        for level in 1...5 {
            let target = min(6, level + levels)
            replacements.append(("<h\(level)", "<h\(target)"))
            replacements.append(("</h\(level)", "</h\(target)"))
        }
        return ByteReplacement.replacing(replacements, in: html)
    }
}
