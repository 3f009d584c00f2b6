/// A rule satisfied by a section found by its marker in every annual review.
protocol ReviewMarkerRule: PublicationRule {
    var markerID: String { get }
}

extension ReviewMarkerRule {
    func check(_ site: RuleInput) -> [Finding] {
        let marker = Marker.named(markerID)
        // A review whose front matter cannot be read may declare the section in `covers:`: its
        // error is reported, and it is not said to lack the section too.
        return site.content.currentReviews.filter(\.document.frontMatterRead).compactMap { review in
            guard
                let hint = marker.hintIfMissing(
                    in: [site.placed(review.document, .review)], page: review.document.path, asSectionFile: nil)
            else { return nil }
            return Finding(
                review.location, "\"\(review.title)\" has no section marked as \(marker.name) (marker `\(marker.id)`).",
                hint: hint)
        }
    }
}

struct ReviewMoreToDoRule: ReviewMarkerRule, FixedLevelRule {
    let id = "REVIEW-MORE-TO-DO"
    let requirement = "A section on where there is more to do."
    let citation = "000 §3.28"
    let fixedLevel = Diagnostic.Severity.error
    let markerID = "more-to-do"
}

struct ReviewHaveYourSayRule: ReviewMarkerRule, FixedLevelRule {
    let id = "REVIEW-HAVE-YOUR-SAY"
    let requirement = "A section telling the public how to make their views and concerns known."
    let citation = "000 §3.28"
    let fixedLevel = Diagnostic.Severity.error
    let markerID = "have-your-say"
}

struct ReviewLSCBResponseRule: ReviewMarkerRule, FixedLevelRule {
    let id = "REVIEW-LSCB-RESPONSE"
    let requirement = "How the Board responds to the LSCB's annual report."
    let citation = "001 LSCB ¶8"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "lscb-response"
}

struct ReviewAccessibleRule: ReviewMarkerRule, FixedLevelRule {
    let id = "REVIEW-ACCESSIBLE"
    let requirement = "A plain-language summary for parents and young people."
    let citation = "000 §3.28"
    let fixedLevel = Diagnostic.Severity.warning
    let markerID = "summary"
}
