/// Reads `sharing_image:` from `trustsite.yml`: `path:` (a site path) and `alt:` (its text).
struct SharingImageReader {
    let log: DiagnosticLog

    /// The image, or nil when it is not set or cannot be used (each problem reported at its line).
    func read(_ map: YAMLMapping?) -> SharingImage? {
        guard let map else { return nil }
        defer { map.reportUnknownKeys() }
        let example = "sharing_image:\n  path: /images/share.png\n  alt: The Trust's logo on a blue background"
        let path = map.requiredString(
            "path", example: example, why: "Pages name the picture by its address on the site.")
        let alt = map.requiredString(
            "alt", example: example, why: "People who cannot see the picture are told what it shows.")
        guard let path, let alt else { return nil }
        if !path.hasPrefix("/") || path.hasPrefix("//")
            || path.unicodeScalars.contains(where: { !ConfigLoader.isURLScalar($0) })
        {
            log.error(
                map.location(of: "path"),
                "'sharing_image.path' is '\(AddressNames.printable(path))', which is not a path on this site.",
                hint: "Write the picture's address on the site, starting with /, e.g. `path: /images/share.png`.")
            return nil
        }
        if alt.trimmedWhitespace.isEmpty {
            log.error(
                map.location(of: "alt"), "'sharing_image.alt' is empty.",
                hint: "Say what the picture shows, e.g. `alt: The Trust's logo on a blue background`.")
            return nil
        }
        return SharingImage(path: path, alt: alt, location: map.location)
    }
}
