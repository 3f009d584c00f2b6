/// OFFER-YOUTH: the youth offer of positive activities and safe places to go.
struct OfferYouthRule: FixedLevelRule {
    let id = "OFFER-YOUTH"
    let requirement = "The youth offer: positive activities and safe places to go."
    let citation = "000 §2.17"
    let fixedLevel = Diagnostic.Severity.warning

    func check(_ site: RuleInput) -> [Finding] {
        guard let offer = site.content.offer else { return [] }
        let marker = Marker.named("youth-offer")
        let documents = [offer.document].compactMap { $0 }
        // A page or a service whose front matter cannot be read may say so (its error is reported).
        let unread =
            documents.contains { !$0.frontMatterRead }
            || offer.services.contains { $0.places.isReported("youth") || !$0.document.frontMatterRead }
        guard !offer.services.contains(where: \.isYouthOffer), !unread,
            let hint = marker.hintIfMissing(
                in: documents.map { site.placed($0, .offer) }, page: OfferLoader.folder + "/index.md",
                asSectionFile: nil)
        else { return [] }
        return [
            Finding(
                offer.document.map { SourceLocation(file: $0.path, line: 1, column: 1) }
                    ?? SourceLocation(file: OfferLoader.folder),
                "the local offer says nothing about the youth offer (positive activities and safe places to go).",
                hint: "Mark youth services with `youth: true`.\nOr: " + hint)
        ]
    }
}
