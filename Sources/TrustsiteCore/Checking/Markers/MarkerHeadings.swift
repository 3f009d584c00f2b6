/// The titles and headings of the site's documents read as words (`HeadingWords`), once per check:
/// each of the seventeen marker rules reads the same plan, and a plan may have thousands of headings.
final class MarkerHeadings: Sendable {
    private let read = Locked<[String: [HeadingWords]]>([:])

    /// The words of `document`'s title (if any) and then of each of its headings, in order.
    func words(of document: ContentDocument) -> [HeadingWords] {
        if let known = read.withLock({ $0[document.path] }) { return known }
        let words = Self.read(document)
        read.withLock { $0[document.path] = words }
        return words
    }

    /// The words of `document`'s title and headings, read now.
    static func read(_ document: ContentDocument) -> [HeadingWords] {
        ([document.title].compactMap { $0 } + document.rendered.headings.map(\.text)).map(HeadingWords.init)
    }
}
