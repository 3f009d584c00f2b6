import Foundation

/// The search index of one build, made on first request and then kept.
public final class DeferredFiles: Sendable {
    private let made = Locked<[String: Data]?>(nil)
    private let content: SiteContent
    private let stems: SearchStems

    /// `stems`: the pages' search stems kept from the last build, if any.
    init(content: SiteContent, stems: SearchStems? = nil) {
        self.content = content
        self.stems = stems ?? SearchStems()
    }

    public func file(_ path: String) -> Data? {
        guard path.hasPrefix("search/") else { return nil }
        return all[path]
    }

    /// Every file, by path.
    var all: [String: Data] {
        made.withLock { made in
            if let made { return made }
            var index = SearchIndex(content: content)
            index.stems = stems
            let files = index.files.mapValues { Data($0.utf8) }
            made = files
            return files
        }
    }
}
