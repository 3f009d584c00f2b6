import Foundation

/// A fingerprint of everything a build reads: every input file's path, size and modification
/// time, the trustsite binary, "today" and the options. Equal fingerprints mean the output would be
/// byte-identical, so a build can stop at once: "up to date".
///
/// Kept in the output's sibling folder (`.site-cache/` for `site/`), with the last build's summary.
struct BuildFingerprint: Sendable, Equatable {
    let value: String

    /// What the last build left: its fingerprint and what it built.
    struct Record: Sendable, Equatable {
        var fingerprint: String
        var pages: Int
        var summary: String
    }

    static func compute(root: URL, output: URL, today: Day, draft: Bool, strict: Bool) -> BuildFingerprint {
        var hasher = FNV1a()
        hasher.add("trustsite-build-1\n\(today.iso)\n\(draft)\n\(strict)\n\(output.standardizedFileURL.path)\n")
        if let binary = Bundle.main.executableURL?.path { hasher.add(stamp(binary) ?? "no binary") }
        for path in [ConfigLoader.path] + files(under: root, folders: ["content", "templates"]) {
            hasher.add(path)
            hasher.add(stamp(root.appending(path: path).path) ?? "missing")
        }
        return BuildFingerprint(value: hasher.hex)
    }

    /// Size and modification time to the nanosecond (and the inode, so a replaced file differs).
    private static func stamp(_ path: String) -> String? {
        FileStamp(path: path)?.description
    }

    /// Every file under the folders, sorted, as site-relative paths.
    private static func files(under root: URL, folders: [String]) -> [String] {
        var result: [String] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: root.appending(path: folder).path) else { continue }
            for case let path as String in enumerator { result.append(folder + "/" + path) }
        }
        return result.sorted()
    }

    static func cacheFolder(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent)-cache")
    }

    static func load(for output: URL) -> Record? {
        let url = cacheFolder(for: output).appending(path: "last-build")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard lines.count == 3, let pages = Int(lines[1]) else { return nil }
        return Record(fingerprint: lines[0], pages: pages, summary: lines[2].trimmingCharacters(in: .newlines))
    }

    static func save(_ record: Record, for output: URL) {
        let folder = cacheFolder(for: output)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "\(record.fingerprint)\n\(record.pages)\n\(record.summary)\n"
        try? Data(text.utf8).write(to: folder.appending(path: "last-build"), options: .atomic)
    }

    static func forget(for output: URL) {
        try? FileManager.default.removeItem(at: cacheFolder(for: output).appending(path: "last-build"))
    }
}

/// 64-bit FNV-1a: small, fast and stable across runs and platforms (Swift's Hasher is seeded per process).
struct FNV1a {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01B3
        }
        state ^= 0xFF
        state = state &* 0x0000_0100_0000_01B3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
