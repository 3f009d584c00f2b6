import Foundation

/// Processed images, kept so that a rebuild does not encode them again: on disk beside the output
/// (`.site-cache/images/`, one file per image) for `trustsite build`, or in memory for the preview
/// and `trustsite check`. Entries are keyed by `ImageCache.key`, so a changed image, new settings
/// or another libvips version misses the cache and is processed again.
final class ImageCache: Sendable {
    /// One processed image: its size as shown and the bytes of every copy, in `ImageFacts` order.
    struct Entry: Sendable {
        var width: Int
        var height: Int
        var renditions: [(width: Int, height: Int, bytes: Data)]
    }

    /// The folder on disk, or nil to keep entries in memory.
    let folder: URL?
    private let memory = Locked<[String: Entry]>([:])
    private let encodes = Locked(0)

    init(folder: URL?) {
        self.folder = folder
    }

    /// Images encoded (not found in the cache) since this cache was made.
    var processed: Int { encodes.withLock { $0 } }

    /// The entry for `key`, if it was kept (and, on disk, reads back whole).
    func entry(for key: String) -> Entry? {
        if let kept = memory.withLock({ $0[key] }) { return kept }
        guard let folder else { return nil }
        return (try? Data(contentsOf: folder.appending(path: key))).flatMap(Self.decode)
    }

    /// Keeps a newly processed entry: on disk, or in memory when there is no folder or it cannot
    /// be written (which only costs the next build the time to encode it again).
    func store(_ entry: Entry, for key: String) {
        encodes.withLock { $0 += 1 }
        if let folder {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Self.encode(entry).write(to: folder.appending(path: key), options: .atomic)
                return
            } catch {
                // Kept in memory below, for this build's output stage.
            }
        }
        memory.withLock { $0[key] = entry }
    }

    /// Removes entries on disk no image of the last build used, so the cache does not grow for ever.
    func prune(keeping keys: Set<String>) {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            memory.withLock { $0 = $0.filter { keys.contains($0.key) } }
            return
        }
        for name in names where !keys.contains(name) {
            try? FileManager.default.removeItem(at: folder.appending(path: name))
        }
    }

    /// The cache key of an image: its bytes and everything that decides the output for them.
    static func key(bytes: Data, url: String, settings: String) -> String {
        var hasher = FNV1a()
        hasher.add(settings)
        hasher.add(ImageNames.format(of: url)?.rawValue ?? "")
        hasher.add(String(bytes.count))
        hasher.add(bytes)
        return hasher.hex
    }

    private static let header = "trustsite-image-cache-1"

    /// A header line, one line per copy (`width height length`), a blank line, then the bytes.
    private static func encode(_ entry: Entry) -> Data {
        var text = "\(header)\n\(entry.width) \(entry.height)\n"
        for copy in entry.renditions { text += "\(copy.width) \(copy.height) \(copy.bytes.count)\n" }
        var data = Data((text + "\n").utf8)
        for copy in entry.renditions { data.append(copy.bytes) }
        return data
    }

    /// The entry in `data`, or nil for anything else (an older format, a file cut short).
    private static func decode(_ data: Data) -> Entry? {
        guard let end = data.firstRange(of: Data("\n\n".utf8)),
            let text = String(data: data[..<end.lowerBound], encoding: .utf8)
        else { return nil }
        let lines = text.split(separator: "\n")
        guard lines.count >= 2, lines[0] == header else { return nil }
        let numbers = lines.dropFirst().map { $0.split(separator: " ").compactMap { Int($0) } }
        guard numbers[0].count == 2 else { return nil }
        var offset = end.upperBound
        var renditions: [(width: Int, height: Int, bytes: Data)] = []
        for copy in numbers.dropFirst() {
            guard copy.count == 3, copy[2] >= 0, offset + copy[2] <= data.endIndex else { return nil }
            renditions.append((copy[0], copy[1], Data(data[offset..<offset + copy[2]])))
            offset += copy[2]
        }
        guard offset == data.endIndex, !renditions.isEmpty else { return nil }
        return Entry(width: numbers[0][0], height: numbers[0][1], renditions: renditions)
    }
}
