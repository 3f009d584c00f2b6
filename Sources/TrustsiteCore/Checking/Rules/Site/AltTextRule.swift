import Foundation
import TrustsiteMarkdown

/// SITE-ALT-TEXT: every image has a text alternative or is marked decorative.
struct AltTextRule: FixedLevelRule {
    let id = "SITE-ALT-TEXT"
    let requirement = "Every image has a text alternative (or is explicitly marked decorative)."
    let citation = "WCAG 1.1.1"
    let fixedLevel = Diagnostic.Severity.error

    func check(_ site: RuleInput) -> [Finding] {
        site.documents.flatMap { document, _ in
            document.rendered.images.filter { $0.alternativeText.trimmedWhitespace.isEmpty && !$0.isDecorative }
                .map { image in
                    Finding(
                        SourceLocation(file: document.path, line: image.position.line, column: image.position.column),
                        "the image \(image.source) has no text alternative.",
                        hint:
                            "Describe what the image shows between the brackets: ![Children at the Northgate hub's opening](\(image.source)). "
                            + "If it is only decoration, mark it: ![](\(image.source) \"decorative\").")
                }
        }
    }
}
