import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One build at a time for each output folder: an exclusive `flock` on a file beside it
/// (`.site.lock` for `site/`), held from the "up to date" check until the build cache is written,
/// so no other build uses the staging folder, the spare site, the cache or the swap meanwhile.
/// The kernel releases it when the process ends, however it ends, so a killed build never leaves
/// the output locked. The file holds the id of the process that last took the lock, for the
/// message of a build that finds it taken; the file itself stays (removing it could let two
/// builds lock two different files).
struct OutputLock: Sendable {
    /// The lock file.
    let path: String
    private let descriptor: Int32

    /// The lock file of the folder a build publishes.
    static func file(for published: URL) -> URL {
        published.deletingLastPathComponent().appending(path: ".\(published.lastPathComponent).lock")
    }

    /// Takes the lock. If another build holds it: with `wait`, tells `waiting` which process holds
    /// it (nil when unknown) and waits for it; otherwise throws `.busy`.
    init(for published: URL, wait: Bool, waiting: ((Int32?) -> Void)? = nil) throws(OutputError) {
        let url = Self.file(for: published)
        path = url.path
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // O_NOFOLLOW: a link planted in its place cannot make trustsite truncate another file.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        var result = Self.lock(descriptor, blocking: false)
        if result == EWOULDBLOCK {
            let holder = Self.holder(descriptor)
            guard wait else {
                close(descriptor)
                throw .busy(output: published.path, lock: path, pid: holder)
            }
            waiting?(holder)
            result = Self.lock(descriptor, blocking: true)
        }
        guard result == 0 else {
            close(descriptor)
            throw .writeFailed(path: path, reason: String(cString: strerror(result)))
        }
        self.descriptor = descriptor
        let text = "\(getpid())\n"
        if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, text, text.utf8.count, 0) }
    }

    /// Lets the next build in. Called once, when the build is done with the output.
    func release() {
        close(descriptor)
    }

    /// 0, or the errno of a failed `flock` (EWOULDBLOCK: another holds it and `blocking` is false).
    private static func lock(_ descriptor: Int32, blocking: Bool) -> Int32 {
        while flock(descriptor, LOCK_EX | (blocking ? 0 : LOCK_NB)) != 0 {
            if errno != EINTR { return errno }
        }
        return 0
    }

    /// The process the lock file names, if it is running (the lock may have changed hands since the
    /// file was written, or the new holder not written it yet).
    private static func holder(_ descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: bytes.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = Int32(text), SiteWriter.isAlive(pid) else { return nil }
        return pid
    }
}
