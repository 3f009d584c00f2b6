import CRenameExchange
import Foundation

/// Writes a site into a staging folder beside the output and swaps it into place only when
/// every file is written, so a failed or killed build never leaves a half-written or emptied site.
///
/// On Linux the swap is one `renameat2(RENAME_EXCHANGE)`: at every instant the output path holds
/// either the complete previous site or the complete new one. Elsewhere (or on a file system that
/// cannot exchange) it is two renames, output → `.<name>.previous-<pid>` then staging → output; a
/// build killed between the two leaves no output but a complete previous site, which the next build
/// puts back before doing anything else. Staging and previous folders left by killed builds are
/// removed on the next run.
///
/// An output that is a symbolic link is published through: the folder it leads to is the one
/// staged beside and swapped (`OutputLocation`), and the link stays as it is.
public struct SiteWriter: Sendable {
    /// Written into every output, so trustsite only ever replaces a folder it made itself (`SiteMarker`).
    static let markerName = SiteMarker.name

    /// How the staged site was put in place.
    public enum Swap: Sendable, Equatable {
        /// There was no previous site: one rename.
        case rename
        /// One atomic exchange of the two folders (Linux `renameat2`, macOS `renamex_np`).
        case exchange
        /// Two renames, through `.<name>.previous-<pid>` (no atomic exchange available).
        case twoRenames
    }

    /// The folder published: the output, or the folder it leads to when it is a symbolic link.
    public let output: URL
    let staging: URL
    /// False forces the two-rename swap (tests of the fallback and of recovery from it).
    var allowsExchange = true
    let staged = StagedFiles()
    /// Reuse what is already on disk: link a file from the current output instead of writing it
    /// when its bytes there are the ones to write, and start from the spare site (the one before
    /// the current) rather than an empty staging folder. A rebuild then creates only the files and
    /// folders that changed (creating them is most of what writing a site costs), and unchanged
    /// files keep their times, so a deploy by `rsync` copies only what changed. Off for `--clean`.
    public let reusing: Bool
    /// The staging folder began as the spare site (see `SpareSite`), not empty.
    let recycled: Bool

    /// Prepares the staging folder (the spare site when `reusing`, else a fresh one), puts back a
    /// previous site a killed build left out of place, and removes staging folders left by killed builds.
    public init(output: URL, siteRoot: URL, reusing: Bool = false) throws(OutputError) {
        let root = siteRoot.standardizedFileURL
        try Self.refuseUnsafe(output: output.standardizedFileURL, root: root)
        let output = try OutputLocation(output: output).published
        self.output = output
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        staging = parent.appending(path: ".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        Self.recover(output: output)
        try Self.refuseForeign(output: output)
        Self.removeStale(in: parent, name: name)
        self.reusing = reusing
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: staging)
            recycled = reusing && SpareSite.take(for: output, as: staging)
            if !recycled {
                try? FileManager.default.removeItem(at: SpareSite.folder(of: output))
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            }
            // A staging folder always has the marker, so one a killed build leaves is known as trustsite's.
            let marker = staging.appending(path: Self.markerName)
            if !FileManager.default.fileExists(atPath: marker.path) {
                try Data(SiteMarker.text(buildID: nil).utf8).write(to: marker)
            }
        } catch {
            throw .writeFailed(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// Writes one file of the site; `relativePath` is like `plan/index.html`. A path that would
    /// land outside the output (`..`, an absolute path, an empty or `.` segment) is refused.
    public func write(_ data: Data, to relativePath: String) throws(OutputError) {
        guard Self.isSafe(relativePath) else { throw .escapingPath(path: relativePath) }
        let url = staging.appending(path: relativePath)
        guard url.standardizedFileURL.path.hasPrefix(staging.standardizedFileURL.path + "/") else {
            throw .escapingPath(path: relativePath)
        }
        try makeFolders(for: relativePath)
        // The spare site's copy may already be right; else it goes. Files in the staging folder
        // can be hard links to the published site's: they are replaced, never written into.
        if recycled, let stamp = Self.sameContents(url.path, data) {
            staged.record(relativePath, stamp)
            return
        }
        try Self.clear(url.path, relativePath)
        if reusing, let stamp = Self.sameContents(output.appending(path: relativePath).path, data),
            link(output.appending(path: relativePath).path, url.path) == 0
        {
            staged.record(relativePath, stamp)
            return
        }
        // A plain write: Foundation's Data.write(to:) also calls fsync on every file, which cost a
        // 3,000-page build a second and a 100,000-file one over half its time. The staged site is
        // flushed to disk once, in commit(), before it is swapped in.
        let written = Self.writeFile(url.path, data)
        guard let stamp = written.stamp else {
            throw .writeFailed(path: relativePath, reason: String(cString: strerror(written.error)))
        }
        staged.record(relativePath, stamp)
    }

    /// Stages the previous build's copy of a file, unchanged, as a hard link (no bytes copied):
    /// only if the file at `relativePath` in the current output still has the stamp it was written
    /// with. False if it has not, or it cannot be linked; the caller then writes the file afresh.
    func reuse(_ relativePath: String, stamp: FileStamp) -> Bool {
        guard Self.isSafe(relativePath), (try? makeFolders(for: relativePath)) != nil else { return false }
        let previous = output.appending(path: relativePath).path
        let copy = staging.appending(path: relativePath).path
        guard FileStamp(path: previous) == stamp else { return false }
        // The spare site's copy is the same file (a link to it) when it did not change last time.
        if recycled, FileStamp(path: copy) == stamp {
            staged.record(relativePath, stamp)
            return true
        }
        guard (try? Self.clear(copy, relativePath)) != nil, link(previous, copy) == 0 else { return false }
        staged.record(relativePath, stamp)
        return true
    }

    /// Removes whatever is at `path` in the staging folder (a file, a link or a folder); nothing there is fine.
    static func clear(_ path: String, _ relativePath: String) throws(OutputError) {
        if unlink(path) == 0 { return }
        let code = errno
        if code == ENOENT { return }
        // A folder: unlink says EISDIR on Linux, EPERM on macOS.
        if code == EISDIR || code == EPERM, (try? FileManager.default.removeItem(atPath: path)) != nil { return }
        throw .writeFailed(path: relativePath, reason: String(cString: strerror(code)))
    }

    /// Every file staged so far with its stamp, by site-relative path.
    var stagedStamps: [String: FileStamp] { staged.stamps }

    /// Makes the folders above a staged file, each once per build.
    private func makeFolders(for relativePath: String) throws(OutputError) {
        let parts = relativePath.split(separator: "/").dropLast()
        var folder = ""
        for part in parts {
            folder += folder.isEmpty ? String(part) : "/" + part
            if staged.hasFolder(folder) { continue }
            let path = staging.appending(path: folder).path
            if mkdir(path, 0o755) != 0 {
                guard errno == EEXIST else {
                    throw .writeFailed(path: relativePath, reason: String(cString: strerror(errno)))
                }
                // In the spare site, a file may stand where this site has a folder.
                if recycled, FileStamp(path: path)?.isFolder != true {
                    try Self.clear(path, relativePath)
                    if mkdir(path, 0o755) != 0 && errno != EEXIST {
                        throw .writeFailed(path: relativePath, reason: String(cString: strerror(errno)))
                    }
                }
            }
            staged.addFolder(folder)
        }
    }

    /// The stamp of the regular file at `path` if it holds exactly `data`, else nil.
    private static func sameContents(_ path: String, _ data: Data) -> FileStamp? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let stamp = FileStamp(descriptor: descriptor), stamp.isRegular, stamp.size == Int64(data.count) else {
            return nil
        }
        var existing = [UInt8](repeating: 0, count: data.count)
        var filled = 0
        while filled < existing.count {
            let count = existing.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return data.elementsEqual(existing) ? stamp : nil
    }

    /// Writes `data` to a new file at `path`: its stamp, or nil and the errno of what failed.
    private static func writeFile(_ path: String, _ data: Data) -> (stamp: FileStamp?, error: Int32) {
        // O_EXCL: the path was cleared, so a file there now is not ours to write into.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return (nil, errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Foundation.write(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                next += written
                left -= written
            }
        }
        let stamp = FileStamp(descriptor: descriptor)
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { return (nil, failure) }
        return stamp.map { ($0, 0) } ?? (nil, EIO)
    }

    /// Puts the staged site in place of the output, then removes the previous site. `buildID`
    /// (see `BuildID`) goes into the marker, naming the site for the next build's "up to date" check.
    @discardableResult
    public func commit(buildID: String? = nil) throws(OutputError) -> Swap {
        let manager = FileManager.default
        // Replaced, not written into: the spare site's marker may be older than this build.
        let marker = staging.appending(path: Self.markerName).path
        do {
            try Self.clear(marker, Self.markerName)
        } catch {
            abandon()
            throw error
        }
        let written = Self.writeFile(marker, Data(SiteMarker.text(buildID: buildID).utf8))
        guard written.stamp != nil else {
            abandon()
            throw .writeFailed(path: marker, reason: String(cString: strerror(written.error)))
        }
        if recycled { SpareSite.prune(staging, keeping: staged.stamps) }
        // Everything staged reaches the disk before the swap can: a power cut then leaves the old
        // site or the complete new one, as a killed process does. One syncfs, not a fsync a file.
        if trustsite_sync_filesystem(staging.path) != 0 {
            let reason = String(cString: strerror(errno))
            abandon()
            throw .writeFailed(path: staging.path, reason: "the files could not be flushed to disk (\(reason))")
        }
        defer { _ = trustsite_sync_directory(output.deletingLastPathComponent().path) }
        // The output was checked when the build began; if something replaced it by a symbolic link
        // since, an exchange would swap the link away, so stop.
        var info = stat()
        let present = lstat(output.path, &info) == 0
        if present, (info.st_mode & S_IFMT) != S_IFDIR {
            abandon()
            throw .swapFailed(path: output.path, reason: "it is no longer a folder (it changed during the build)")
        }
        guard present else {
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                abandon()
                throw .swapFailed(path: output.path, reason: error.localizedDescription)
            }
            return .rename
        }
        if allowsExchange {
            if trustsite_rename_exchange(staging.path, output.path) == 0 {
                // The staging path now holds the previous site: the next build's spare, or gone.
                retire(staging)
                return .exchange
            }
            let code = errno
            // No exchange on this system or file system: fall back. Anything else is a real failure.
            if code != ENOSYS && code != EINVAL && code != ENOTSUP && code != EOPNOTSUPP {
                abandon()
                throw .swapFailed(path: output.path, reason: String(cString: strerror(code)))
            }
        }
        let previous = Self.previousFolder(of: output, pid: ProcessInfo.processInfo.processIdentifier)
        do {
            try manager.moveItem(at: output, to: previous)
        } catch {
            abandon()
            throw .swapFailed(path: output.path, reason: error.localizedDescription)
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            try? manager.moveItem(at: previous, to: output)
            abandon()
            throw .swapFailed(path: output.path, reason: error.localizedDescription)
        }
        retire(previous)
        return .twoRenames
    }

    /// Removes the staging folder after a failure.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// True for a relative path of plain segments: no `..`, `.`, empty segment, leading `/` or NUL.
    static func isSafe(_ relativePath: String) -> Bool {
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.utf8.contains(0),
            relativePath != markerName
        else { return false }
        return relativePath.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    static func previousFolder(of output: URL, pid: Int32) -> URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).previous-\(pid)")
    }

    /// If the output is missing but a build killed between its two renames left the previous site
    /// aside (`.<name>.previous-<pid>` of a process that is gone, holding the marker), puts it back.
    /// Returns the folder it restored, if any.
    @discardableResult
    static func recover(output: URL) -> URL? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let present = manager.fileExists(atPath: output.path, isDirectory: &isDirectory)
        // A dangling symbolic link counts as present: it is not ours to replace.
        if present || (try? manager.destinationOfSymbolicLink(atPath: output.path)) != nil { return nil }
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).previous-"
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return nil }
        let candidates = entries.filter { entry in
            guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !isAlive(pid) else {
                return false
            }
            return manager.fileExists(atPath: parent.appending(path: entry).appending(path: markerName).path)
        }
        // Normally there is one; if several, the most recently changed is the latest site.
        let newest = candidates.max { a, b in
            let dateA =
                (try? manager.attributesOfItem(atPath: parent.appending(path: a).path)[.modificationDate]) as? Date
            let dateB =
                (try? manager.attributesOfItem(atPath: parent.appending(path: b).path)[.modificationDate]) as? Date
            return (dateA ?? .distantPast, a) < (dateB ?? .distantPast, b)
        }
        guard let newest else { return nil }
        let folder = parent.appending(path: newest)
        guard (try? manager.moveItem(at: folder, to: output)) != nil else { return nil }
        return folder
    }

    /// A process exists with this id (possibly another user's).
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        if pid == ProcessInfo.processInfo.processIdentifier { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    static func refuseUnsafe(output: URL, root: URL) throws(OutputError) {
        // Compare both as written and with symbolic links resolved, so a link cannot smuggle the
        // output into the site's own folders.
        let pairs = [
            (output.path, root.path), (output.resolvingSymlinksInPath().path, root.resolvingSymlinksInPath().path),
        ]
        for (outputPath, rootPath) in pairs {
            if outputPath == rootPath || rootPath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
                throw .unsafeOutput(path: output.path, reason: "it holds the site's own content.")
            }
            for protected in ["content", "templates", FilesLoader.staticFolder] {
                let folder = URL(fileURLWithPath: rootPath).appending(path: protected).standardizedFileURL.path
                if outputPath == folder || outputPath.hasPrefix(folder + "/") {
                    throw .unsafeOutput(path: output.path, reason: "it is inside the site's \(protected) folder.")
                }
            }
        }
    }

    private static func refuseForeign(output: URL) throws(OutputError) {
        let manager = FileManager.default
        let outputPath = output.path
        guard manager.fileExists(atPath: outputPath) else { return }
        let entries = (try? manager.contentsOfDirectory(atPath: outputPath)) ?? []
        if !entries.isEmpty, !entries.contains(markerName) {
            throw .notTrustsiteOutput(path: outputPath)
        }
    }

    /// Staging and previous folders whose build process is gone are leftovers of a killed build.
    /// (A previous folder is only removed once the output exists again: `recover` runs first.)
    private static func removeStale(in parent: URL, name: String) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        let outputExists = manager.fileExists(atPath: parent.appending(path: name).path)
        for entry in entries {
            for kind in ["staging", "previous"] where entry.hasPrefix(".\(name).\(kind)-") {
                if kind == "previous" && !outputExists { continue }
                let pid = Int32(entry.dropFirst(".\(name).\(kind)-".count)) ?? 0
                if pid != ProcessInfo.processInfo.processIdentifier, isAlive(pid) { continue }
                try? manager.removeItem(at: parent.appending(path: entry))
            }
        }
    }
}
