import Foundation
import TrustsiteMarkdown

/// The officer who leads an action, as plans name them: a post, optionally with the person holding
/// it, written `lead_officer: Head of Early Help (Sam Patel)`.
public struct LeadOfficer: Sendable, Hashable {
    public var post: String
    public var name: String?

    public init(post: String, name: String?) {
        self.post = post
        self.name = name
    }

    /// Reads `Post (Name)` or `Post`; a post that itself ends in brackets is written with the name
    /// after it, so the last bracketed part is the name.
    public init(written text: String) {
        if text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) {
            let name = text[open.upperBound..<text.index(before: text.endIndex)].trimmedWhitespace
            let post = text[..<open.lowerBound].trimmedWhitespace
            if !name.isEmpty, !post.isEmpty {
                self.post = post
                self.name = name
                return
            }
        }
        post = text
        name = nil
    }

    /// `Head of Early Help (Sam Patel)`, or the post alone.
    public var text: String { name.map { "\(post) (\($0))" } ?? post }
}
