import Foundation
import TrustsiteMarkdown

/// Each page's search stems with their weights (what `SearchIndex` reads from a page's words),
/// kept beside the output (`.site-cache/search-stems` for `site/`) in a compact binary file read
/// without parsing, so a build after a one-page change stems one page's words, not every page's.
/// A page's stems are found by a hash of the texts they are made from, so a changed page, or any
/// page whose title, headings or text changed, is stemmed again.
///
/// Layout (`ByteWriter`): the header, the trustsite binary's stamp, the count of pages, then per
/// page its key, its count of stems and each stem with its weight.
final class SearchStems: Sendable {
    static let fileName = "search-stems"
    static let header = "trustsite-search-stems 1"

    typealias Weights = [(String, Int)]

    private let stored: [String: Weights]
    /// What this build used, by key: what the next build is given.
    private let used = Locked<[String: Weights]>([:])

    init(stored: [String: Weights] = [:]) {
        self.stored = stored
    }

    /// The key of a page's stems: a hash of the texts, with their lengths.
    static func key(_ texts: [String]) -> String {
        var hasher = FNV1a()
        for text in texts { hasher.add(text) }
        return hasher.hex + "-" + texts.map { String($0.utf8.count) }.joined(separator: ".")
    }

    /// The stems of the texts: kept from the last build, else made now by `make`.
    func weights(of texts: [String], orMake make: () -> Weights) -> Weights {
        let key = Self.key(texts)
        let weights = stored[key] ?? make()
        used.withLock { $0[key] = weights }
        return weights
    }

    /// The stems kept for `output`; none when there are none or they cannot be read.
    static func load(for output: URL) -> SearchStems {
        let url = BuildFingerprint.cacheFolder(for: output).appending(path: fileName)
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped), let stored = decode(data) else {
            return SearchStems()
        }
        return SearchStems(stored: stored)
    }

    /// Keeps the stems this build used for the next: to a temporary file, renamed over the old one.
    func save(for output: URL) {
        let folder = BuildFingerprint.cacheFolder(for: output)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Self.encode(used.withLock { $0 }).write(to: folder.appending(path: Self.fileName), options: .atomic)
    }

    static func encode(_ pages: [String: Weights]) -> Data {
        var writer = ByteWriter()
        writer.add(header)
        writer.add(BuildFingerprint.binaryStamp)
        writer.add(pages.count)
        for (key, weights) in pages.sorted(by: { $0.key < $1.key }) {
            writer.add(key)
            writer.add(weights.count)
            for (stem, weight) in weights {
                writer.add(stem)
                writer.add(weight)
            }
        }
        return Data(writer.bytes)
    }

    /// nil for anything but a whole file of this version, written by this trustsite.
    static func decode(_ data: Data) -> [String: Weights]? {
        data.withUnsafeBytes { bytes -> [String: Weights]? in
            var reader = ByteReader(bytes)
            guard reader.string() == header, reader.string() == BuildFingerprint.binaryStamp,
                let count = reader.count()
            else { return nil }
            var pages: [String: Weights] = [:]
            pages.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = reader.string(), let stems = reader.count() else { return nil }
                var weights: Weights = []
                weights.reserveCapacity(stems)
                for _ in 0..<stems {
                    guard let stem = reader.string(), let weight = reader.int() else { return nil }
                    weights.append((stem, weight))
                }
                pages[key] = weights
            }
            return reader.isAtEnd ? pages : nil
        }
    }
}
