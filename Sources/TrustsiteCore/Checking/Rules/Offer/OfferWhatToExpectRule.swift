/// OFFER-WHAT-TO-EXPECT: what children, young people and families can expect, and how to get help early.
struct OfferWhatToExpectRule: FixedLevelRule {
    let id = "OFFER-WHAT-TO-EXPECT"
    let requirement =
        "A page telling children, young people and families what they can expect: what the Trust will provide and how to get help early."
    let citation = "001 §5 \"the public face of early intervention\""
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        let marker = Marker.named("what-to-expect")
        let path = OfferLoader.folder + "/index.md"
        guard let document = site.content.offer?.document else {
            return [
                Finding(
                    SourceLocation(file: path), "there is no page saying what families can expect.",
                    hint:
                        "Create \(path):\n    ---\n    title: Help for children and families\n    covers: [what-to-expect]\n    ---\n    (what the Trust will provide, and how to get help early)"
                )
            ]
        }
        // A page whose front matter cannot be read may declare it in `covers:` (its error is reported).
        guard document.frontMatterRead,
            let hint = marker.hintIfMissing(
                in: [site.placed(document, .offer)], page: document.path, asSectionFile: nil)
        else { return [] }
        return [
            Finding(
                SourceLocation(file: document.path, line: 1, column: 1),
                "the local offer page is not marked as saying what families can expect (marker `what-to-expect`).",
                hint: hint)
        ]
    }
}
