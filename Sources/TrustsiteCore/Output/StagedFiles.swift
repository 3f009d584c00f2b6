/// What a build has put in its staging folder so far, shared by the threads writing pages: the
/// folders already made (so each is made once, not checked for every file in it) and the stamp of
/// every file, which the build cache keeps to recognise the files in the next build.
final class StagedFiles: @unchecked Sendable {
    // Guarded by `lock`.
    private var folders: Set<String> = []
    private var files: [String: FileStamp] = [:]
    private let lock = Lock()

    func hasFolder(_ path: String) -> Bool {
        lock.withLock { folders.contains(path) }
    }

    func addFolder(_ path: String) {
        lock.withLock { _ = folders.insert(path) }
    }

    func record(_ path: String, _ stamp: FileStamp) {
        lock.withLock { files[path] = stamp }
    }

    /// Every staged file's stamp, by site-relative path.
    var stamps: [String: FileStamp] { lock.withLock { files } }
}
