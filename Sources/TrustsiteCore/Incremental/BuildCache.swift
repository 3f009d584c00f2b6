import Foundation

/// What the last successful build knew (part of `BuildMemory`), kept in the output's sibling
/// cache folder (`.site-cache/pages` for `site/`), or in memory by the preview, so the next build
/// renders only the pages a change reaches:
/// - every input file's stamp and content hash (a touched but unchanged file changes nothing);
/// - a key for what reaches every page besides the input files (`RenderPlan.key`); a different
///   key renders all;
/// - for every page: its output file's stamp on disk (so a file edited by hand in `site/` is
///   rendered again, never reused), its last-updated date for the sitemap, the source files it is
///   made from, and the facts the checks read from its HTML.
struct BuildCache: Sendable, Equatable {
    struct Input: Sendable, Equatable {
        var stamp: FileStamp
        var hash: String
    }

    struct Page: Sendable, Equatable {
        var outputPath: String
        /// nil in memory, where no one else writes the files.
        var stamp: FileStamp?
        var updated: Day?
        var sources: Set<String>
        var facts: PageFacts
    }

    static let fileName = "pages"
    static let header = "trustsite-build-cache 1"

    var key: String
    var inputs: [String: Input]
    /// By page address.
    var pages: [String: Page]

    /// The cache kept for `output`, or nil if there is none or it cannot be read.
    static func load(for output: URL) -> BuildCache? {
        let url = BuildFingerprint.cacheFolder(for: output).appending(path: fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return BuildCacheText.decode(String(decoding: data, as: UTF8.self))
    }

    /// Writes the cache beside `output`: to a temporary file, renamed over the old one, so a killed
    /// build leaves the old cache or the new one.
    func save(for output: URL) {
        let folder = BuildFingerprint.cacheFolder(for: output)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(BuildCacheText.encode(self).utf8).write(to: folder.appending(path: Self.fileName), options: .atomic)
    }

    /// Site-relative paths added, removed, or whose content differs, between two sets of inputs.
    static func changes(from old: [String: Input], to new: [String: Input]) -> Set<String> {
        var changed: Set<String> = []
        for (path, input) in new where old[path]?.hash != input.hash { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }

    /// The inputs with their content hashes: a file whose stamp is the one the last build saw
    /// keeps that build's hash; any other is read and hashed now.
    static func hashInputs(_ files: InputFiles, previous: [String: Input]?) -> [String: Input] {
        let listed = files.files.compactMap { file in file.stamp.map { (file.path, $0) } }
        let slots = ResultSlots<Input>(count: listed.count)
        DispatchQueue.concurrentPerform(iterations: listed.count) { index in
            let (path, stamp) = listed[index]
            if let known = previous?[path], known.stamp == stamp {
                slots.set(index, .success(known))
                return
            }
            var hasher = FNV1a()
            if let data = FileManager.default.contents(atPath: files.root + "/" + path) {
                hasher.add(data)
            } else {
                hasher.add("unreadable")
            }
            slots.set(index, .success(Input(stamp: stamp, hash: hasher.hex)))
        }
        var inputs: [String: Input] = [:]
        for (file, slot) in zip(listed, slots.values) {
            if case .success(let input) = slot { inputs[file.0] = input }
        }
        return inputs
    }
}
