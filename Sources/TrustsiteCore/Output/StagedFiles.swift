/// What a build has put in its staging folder so far, shared by the threads writing pages: the
/// folders already made (so each is made once, not checked for every file in it) and the stamp of
/// every file, which the build cache keeps to recognise the files in the next build.
final class StagedFiles: Sendable {
    private struct State {
        var folders: Set<String> = []
        var files: [String: FileStamp] = [:]
    }

    private let state = Locked(State())

    func hasFolder(_ path: String) -> Bool {
        state.withLock { $0.folders.contains(path) }
    }

    func addFolder(_ path: String) {
        state.withLock { _ = $0.folders.insert(path) }
    }

    func record(_ path: String, _ stamp: FileStamp) {
        state.withLock { $0.files[path] = stamp }
    }

    /// Every staged file's stamp, by site-relative path.
    var stamps: [String: FileStamp] { state.withLock { $0.files } }
}
