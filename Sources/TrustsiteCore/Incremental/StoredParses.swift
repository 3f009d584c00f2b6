import Foundation
import TrustsiteMarkdown

/// The Markdown files the last build parsed, kept beside the output (`.site-cache/parsed/` for
/// `site/`) in compact binary files (`ByteWriter`) read without parsing, so a build after a
/// one-page change renders one page's Markdown with cmark-gfm, not every page's. Parsing the
/// front matter again is cheap and reports what it reported before; a file whose text could not
/// be read or whose front matter never ends is not kept, and is parsed (and reported) again.
///
/// The files are spread over `shardCount` files by a hash of their paths, and a build rewrites
/// only the shards whose files changed: a one-page change writes a few hundred kilobytes at
/// 10,000 pages, not the whole cache.
///
/// Layout of each shard: the header, the trustsite binary's stamp, the Markdown options the bodies were rendered with, the count of files,
/// then per file its path, content hash, front matter line offset, front matter and rendered body.
enum StoredParses {
    struct Loaded: Sendable {
        var options: MarkdownOptions?
        var files: [String: StoredParse] = [:]
        /// What each shard on disk holds (path and content hash of each file), read or not, so a
        /// build rewrites only the shards that change.
        var shards: [Int: Set<String>] = [:]
    }

    static let shardCount = 64

    /// The shard a file is kept in.
    static func shard(of path: String) -> Int {
        var hasher = FNV1a()
        hasher.add(path)
        return Int(hasher.state % UInt64(shardCount))
    }

    static func shardFile(_ shard: Int, for output: URL) -> URL {
        BuildFingerprint.cacheFolder(for: output).appending(path: fileName).appending(path: String(shard))
    }

    private static func shardKey(_ path: String, _ hash: String) -> String { path + "\t" + hash }

    static let fileName = "parsed"
    static let header = "trustsite-parsed 1"

    /// The files kept for `output` whose content hash is still the one in `inputs`; none when there
    /// is no cache, or it cannot be read.
    static func load(for output: URL, inputs: [String: BuildCache.Input]) -> Loaded {
        let slots = ResultSlots<Loaded>(count: shardCount)
        DispatchQueue.concurrentPerform(iterations: shardCount) { shard in
            guard let data = try? Data(contentsOf: shardFile(shard, for: output), options: .alwaysMapped),
                let loaded = decode(data)
            else { return }
            slots.set(shard, .success(loaded))
        }
        var merged = Loaded()
        for (shard, slot) in slots.values.enumerated() {
            // Every shard is rendered with the same options; one that is not is read as missing.
            guard case .success(let loaded) = slot, merged.options == nil || loaded.options == merged.options else {
                continue
            }
            merged.options = loaded.options
            merged.shards[shard] = Set(loaded.files.map { shardKey($0.key, $0.value.hash) })
            for (path, file) in loaded.files where inputs[path]?.hash == file.hash { merged.files[path] = file }
        }
        return merged
    }

    /// Keeps the Markdown files of `parsed` that have a content hash in `inputs`, rendered with
    /// `options`: only the shards that differ from `previous` (what the build began with), each to
    /// a temporary file renamed over the old one.
    static func save(
        _ parsed: [String: ParsedFile], options: MarkdownOptions, inputs: [String: BuildCache.Input],
        previous: Loaded, for output: URL
    ) {
        var files: [String: StoredParse] = [:]
        for (path, file) in parsed {
            guard file.wasRead, let rendered = file.rendered, let frontMatter = file.frontMatter,
                let hash = inputs[path]?.hash
            else { continue }
            files[path] = StoredParse(
                hash: hash, yamlLineOffset: file.yamlLineOffset, frontMatter: frontMatter, rendered: rendered)
        }
        var shards: [[String: StoredParse]] = Array(repeating: [:], count: shardCount)
        for (path, file) in files { shards[shard(of: path)][path] = file }
        let byShard = shards
        let folder = BuildFingerprint.cacheFolder(for: output).appending(path: fileName)
        // A cache from before shards (one file of this name) gives way to the folder.
        if FileStamp(path: folder.path)?.isFolder == false { try? FileManager.default.removeItem(at: folder) }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        DispatchQueue.concurrentPerform(iterations: shardCount) { shard in
            let keys = Set(byShard[shard].map { shardKey($0.key, $0.value.hash) })
            if previous.options == options, previous.shards[shard] == keys { return }
            try? encode(Loaded(options: options, files: byShard[shard])).write(
                to: shardFile(shard, for: output), options: .atomic)
        }
    }

    static func encode(_ loaded: Loaded) -> Data {
        var writer = ByteWriter()
        writer.add(header)
        writer.add(BuildFingerprint.binaryStamp)
        writer.add(optionsKey(loaded.options))
        writer.add(loaded.files.count)
        for (path, file) in loaded.files.sorted(by: { $0.key < $1.key }) {
            writer.add(path)
            writer.add(file.hash)
            writer.add(file.yamlLineOffset)
            writer.add(file.frontMatter)
            file.rendered.write(to: &writer)
        }
        return Data(writer.bytes)
    }

    /// nil for anything but a whole file of this version.
    static func decode(_ data: Data) -> Loaded? {
        data.withUnsafeBytes { bytes -> Loaded? in
            var reader = ByteReader(bytes)
            // A different trustsite may render the same Markdown differently.
            guard reader.string() == header, reader.string() == BuildFingerprint.binaryStamp, let key = reader.string(),
                let count = reader.count()
            else { return nil }
            var loaded = Loaded(options: options(key: key))
            loaded.files.reserveCapacity(count)
            for _ in 0..<count {
                guard let path = reader.string(), let hash = reader.string(), let offset = reader.int(),
                    let frontMatter = reader.string(), let rendered = RenderedMarkdown(from: &reader)
                else { return nil }
                loaded.files[path] = StoredParse(
                    hash: hash, yamlLineOffset: offset, frontMatter: frontMatter, rendered: rendered)
            }
            return reader.isAtEnd ? loaded : nil
        }
    }

    /// The options as text that is the same in every run (the reserved ids sorted).
    static func optionsKey(_ options: MarkdownOptions?) -> String {
        guard let options else { return "" }
        return [
            String(options.allowRawHTML), String(options.headingIDs), String(options.accessibleTables),
            options.reservedIDs.sorted().joined(separator: " "),
        ]
        .joined(separator: "\t")
    }

    private static func options(key: String) -> MarkdownOptions? {
        let fields = key.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4, let raw = Bool(String(fields[0])), let ids = Bool(String(fields[1])),
            let tables = Bool(String(fields[2]))
        else { return nil }
        return MarkdownOptions(
            allowRawHTML: raw, headingIDs: ids, accessibleTables: tables,
            reservedIDs: Set(fields[3].split(separator: " ").map(String.init)))
    }
}
