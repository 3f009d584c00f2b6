/// Every file a build reads, with its stamp: `trustsite.yml` and everything under `content/`, `static/` and
/// `templates/` (folders themselves are not listed; a file added or removed changes the list).
/// Read with `readdir` and `lstat` rather than FileManager's enumerator: on a 10,000-page site
/// this walk is most of what a build with nothing to do costs.
struct InputFiles: Sendable {
    /// The site folder.
    let root: String
    /// Site-relative paths, sorted, with their stamps (nil for a listed file that vanished).
    let files: [(path: String, stamp: FileStamp?)]

    static let folders = ["content", "templates", FilesLoader.staticFolder]

    init(root: String) {
        self.root = root
        var found: [(String, FileStamp?)] = [(ConfigLoader.path, FileStamp(path: root + "/" + ConfigLoader.path))]
        for folder in Self.folders { Self.walk(root: root, relative: folder, into: &found) }
        files = found.sorted { $0.0 < $1.0 }
    }

    private static func walk(root: String, relative: String, into found: inout [(String, FileStamp?)]) {
        guard let names = FolderEntries.names(in: root + "/" + relative) else { return }
        var folders: [String] = []
        for name in names {
            let path = relative + "/" + name
            let stamp = FileStamp(path: root + "/" + path)
            if let stamp, stamp.isFolder {
                folders.append(path)
            } else {
                found.append((path, stamp))
            }
        }
        for folder in folders { walk(root: root, relative: folder, into: &found) }
    }
}
