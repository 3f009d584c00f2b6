/// Reads `logo:` from `trustsite.yml`: `path:` (a site path) and `alt:` (its text). Whether the path
/// is a published file is checked with the other links to files (SITE-LINKS).
struct LogoReader {
    let log: DiagnosticLog

    static let example = "logo:\n  path: /images/logo.svg\n  alt: Brackenmoor Children's Trust"

    /// The logo, or nil when it is not set or cannot be used (each problem reported at its line).
    func read(_ map: YAMLMapping?) -> SiteLogo? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        let path = map.requiredString(
            "path", example: Self.example, why: "The header shows the logo from its address on the site.")
        let alt = map.requiredString(
            "alt", example: Self.example, why: "People who cannot see the logo are told what it says.",
            rule: "SITE-ALT-TEXT")
        guard let path, let alt else { return nil }
        if !path.hasPrefix("/") || path.hasPrefix("//")
            || path.unicodeScalars.contains(where: { !ConfigLoader.isURLScalar($0) })
        {
            log.error(
                map.location(of: "path"),
                "'logo.path' is '\(AddressNames.printable(path))', which is not a path on this site.",
                hint: "Put the logo under content/ (content/images/logo.svg is /images/logo.svg) and write its "
                    + "address, starting with /, e.g. `path: /images/logo.svg`.")
            return nil
        }
        // The logo is an image like any other: SITE-ALT-TEXT covers its text alternative.
        if let placeholder = Placeholder.match(alt, field: "alt") {
            log.report(
                Diagnostic(
                    .error, at: map.location(of: "alt"), "\(placeholder.describe("logo.alt")).",
                    hint: "Write what the logo says, usually the Trust's name, e.g. "
                        + "`alt: Brackenmoor Children's Trust`."
                ).breaking("SITE-ALT-TEXT"))
            return nil
        }
        return SiteLogo(path: path, alt: alt, location: map.location, pathLocation: map.location(of: "path"))
    }
}
