/// SITE-COLOUR-CONTRAST: configured brand colours keep text and focus indicators readable.
struct ColourContrastRule: FixedLevelRule {
    let id = "SITE-COLOUR-CONTRAST"
    let requirement =
        "Configured brand colours give text a contrast ratio of at least 4.5:1: the brand colour with white header text and as link colour on white, the accent with dark text."
    let citation = "WCAG 1.4.3, 1.4.11"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        let colours = site.config.colours
        let location = SourceLocation(file: ConfigLoader.path)
        var findings: [Finding] = []
        if let ratio = ColourContrast.ratio(colours.brand, "#ffffff"), ratio < 4.5 {
            let fixed = ColourContrast.nearestPassing(colours.brand, against: "#ffffff")
            findings.append(
                Finding(
                    colours.brandLocation ?? location,
                    "the brand colour \(colours.brand) has a contrast ratio of \(Self.format(ratio)):1 with white; text needs at least 4.5:1.",
                    hint:
                        "The nearest shade that passes is \(fixed) (\(Self.format(ColourContrast.ratio(fixed, "#ffffff") ?? 0)):1): `brand: \"\(fixed)\"`."
                ))
        }
        if let ratio = ColourContrast.ratio(colours.accent, "#0b0c0c"), ratio < 4.5 {
            let fixed = ColourContrast.nearestPassing(colours.accent, against: "#0b0c0c")
            findings.append(
                Finding(
                    colours.accentLocation ?? location,
                    "the accent colour \(colours.accent) has a contrast ratio of \(Self.format(ratio)):1 with dark text; it needs at least 4.5:1.",
                    hint:
                        "The nearest shade that passes is \(fixed) (\(Self.format(ColourContrast.ratio(fixed, "#0b0c0c") ?? 0)):1): `accent: \"\(fixed)\"`."
                ))
        }
        return findings
    }

    static func format(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded(.down))
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
