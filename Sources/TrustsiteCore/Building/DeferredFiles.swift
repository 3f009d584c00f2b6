import Foundation

/// The search index of one build, made on first request and then kept.
public final class DeferredFiles: Sendable {
    private let made = Locked<[String: Data]?>(nil)
    private let content: SiteContent

    init(content: SiteContent) {
        self.content = content
    }

    public func file(_ path: String) -> Data? {
        guard path.hasPrefix("search/") else { return nil }
        return all[path]
    }

    /// Every file, by path.
    var all: [String: Data] {
        made.withLock { made in
            if let made { return made }
            let files = SearchIndex(content: content).files.mapValues { Data($0.utf8) }
            made = files
            return files
        }
    }
}
