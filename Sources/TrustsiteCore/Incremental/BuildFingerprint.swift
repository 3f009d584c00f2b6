import Foundation

/// A fingerprint of everything a build reads: every input file's path, size and modification
/// time, the trustsite binary, "today" and the options. Equal fingerprints mean the output would be
/// byte-identical, so a build can stop at once: "up to date".
///
/// Kept in the output's sibling folder (`.site-cache/` for `site/`), with the last build's summary
/// and the id it wrote into the output's marker (`BuildID`): the fingerprint says the inputs are the
/// same, the id that the published site is the one built from them.
struct BuildFingerprint: Sendable, Equatable {
    let value: String

    /// What the last build left: its fingerprint and what it built.
    struct Record: Sendable, Equatable {
        var fingerprint: String
        /// The id in the marker of the site this build published.
        var buildID: String
        var pages: Int
        var summary: String
    }

    static func compute(
        inputs: InputFiles, output: URL, today: Day, draft: Bool, strict: Bool, pdf: Bool = false
    ) -> BuildFingerprint {
        var hasher = FNV1a()
        hasher.add("trustsite-build-1\n\(today.iso)\n\(draft)\n\(strict)\n\(output.standardizedFileURL.path)\n")
        // Only a build with PDFs says so, so the fingerprints of builds without them stay as they were.
        if pdf { hasher.add("pdf\n") }
        hasher.add(BuildFingerprint.binaryStamp)
        for (path, stamp) in inputs.files {
            hasher.add(path)
            hasher.add(stamp?.description ?? "missing")
        }
        return BuildFingerprint(value: hasher.hex)
    }

    /// The running trustsite binary's stamp: a new trustsite may build the same input differently.
    static let binaryStamp: String =
        Bundle.main.executableURL.flatMap { FileStamp(path: $0.path)?.description } ?? "no binary"

    static func cacheFolder(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent)-cache")
    }

    static func load(for output: URL) -> Record? {
        let url = cacheFolder(for: output).appending(path: "last-build")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard lines.count == 4, !lines[1].isEmpty, let pages = Int(lines[2]) else { return nil }
        return Record(
            fingerprint: lines[0], buildID: lines[1], pages: pages,
            summary: lines[3].trimmingCharacters(in: .newlines))
    }

    static func save(_ record: Record, for output: URL) {
        let folder = cacheFolder(for: output)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "\(record.fingerprint)\n\(record.buildID)\n\(record.pages)\n\(record.summary)\n"
        try? Data(text.utf8).write(to: folder.appending(path: "last-build"), options: .atomic)
    }

    static func forget(for output: URL) {
        try? FileManager.default.removeItem(at: cacheFolder(for: output).appending(path: "last-build"))
    }
}
