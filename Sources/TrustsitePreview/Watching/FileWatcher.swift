import Foundation

/// Tells which files of a site changed: `trustsite.yml`, and anything under `content/` and
/// `templates/`. Paths are relative to the site folder.
public protocol FileWatcher: Sendable {
    /// Calls `onChange` with each batch of changed paths, until `stop()`.
    func start(onChange: @escaping @Sendable (Set<String>) -> Void) throws

    /// Stops watching (soon after: a batch being reported may still arrive).
    func stop()
}

public enum FileWatchers {
    /// inotify on Linux; elsewhere, a scan of modification times twice a second.
    public static func make(root: URL) -> any FileWatcher {
        #if os(Linux)
            return InotifyWatcher(root: root)
        #else
            return PollingWatcher(root: root)
        #endif
    }

    /// The folders and files a preview watches.
    static let watchedFolders = ["content", "templates", "static"]
    static let watchedFiles = ["trustsite.yml"]

    /// Editors' swap and backup files are not content.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasPrefix("#")
    }
}
