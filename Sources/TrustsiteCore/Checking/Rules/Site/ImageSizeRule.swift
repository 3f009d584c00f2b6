/// SITE-IMAGE-SIZE: no content image is heavier than a reader on a phone contract should pay for.
struct ImageSizeRule: FixedLevelRule {
    let id = "SITE-IMAGE-SIZE"
    let requirement =
        "Every content image, once processed (metadata stripped, re-encoded), is at most 500 KB at its largest published width."
    let citation = "readers on slow or metered connections"
    let fixedLevel = Diagnostic.Severity.warning

    /// The budget in bytes for the image at its own address (its largest width).
    static let budget = 500_000

    func check(_ site: RuleInput) -> [Finding] {
        let sources = Dictionary(
            site.content.files.map { ($0.url, $0.source) }, uniquingKeysWith: { first, _ in first })
        return site.content.imageFacts.sorted(by: { $0.key < $1.key }).compactMap { url, image in
            guard image.size > Self.budget else { return nil }
            return Finding(
                SourceLocation(file: sources[url] ?? url),
                "this image is \(Self.kilobytes(image.size)) KB at \(image.width) × \(image.height) pixels after processing, "
                    + "over the budget of \(Self.kilobytes(Self.budget)) KB, so it is slow to load on a phone.",
                hint:
                    "Scale it down (2000 pixels wide is plenty for a page), crop it to what matters, or save a photograph as JPEG rather than PNG."
            )
        }
    }

    private static func kilobytes(_ bytes: Int) -> Int { (bytes + 999) / 1000 }
}
