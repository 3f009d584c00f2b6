import Foundation

/// The site before the current one, kept beside it as `.<name>.spare` after a swap instead of
/// being deleted, so the next build can start from it: most of its folders and files are already
/// right (unchanged files are hard links shared with the current site), and the build only
/// replaces what differs and prunes what is gone. Deleting the old site and making every folder
/// again cost a rebuild of 10,000 pages seconds. `--clean` removes it.
///
/// Safety rests on one rule: nothing in a staging folder is ever written into, only replaced
/// (unlinked, then created), because its files may be links to the published site's.
enum SpareSite {
    static func folder(of output: URL) -> URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).spare")
    }

    /// Moves the spare site to `staging` if there is one that trustsite wrote; false if not.
    static func take(for output: URL, as staging: URL) -> Bool {
        let spare = folder(of: output)
        guard FileStamp(path: spare.path)?.isFolder == true,
            FileStamp(path: spare.appending(path: SiteWriter.markerName).path)?.isRegular == true
        else { return false }
        return rename(spare.path, staging.path) == 0
    }

    /// Removes every file of the staging folder this build did not stage, then the folders left
    /// empty: what the spare site had and this one does not.
    static func prune(_ staging: URL, keeping staged: [String: FileStamp]) {
        _ = prune(folder: staging.path, relative: "", keeping: staged)
    }

    /// True when the folder is empty afterwards.
    private static func prune(folder: String, relative: String, keeping staged: [String: FileStamp]) -> Bool {
        guard let names = FolderEntries.names(in: folder) else { return false }
        var left = 0
        for name in names {
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if relative.isEmpty && name == SiteWriter.markerName {
                left += 1
            } else if FileStamp(path: path)?.isFolder == true {
                if prune(folder: path, relative: relativePath, keeping: staged), rmdir(path) == 0 { continue }
                left += 1
            } else if staged[relativePath] == nil {
                if unlink(path) != 0 { left += 1 }
            } else {
                left += 1
            }
        }
        return left == 0
    }
}

extension SiteWriter {
    /// The site a swap just replaced: kept as the next build's spare when reusing, else removed.
    func retire(_ previous: URL) {
        let spare = SpareSite.folder(of: output)
        try? FileManager.default.removeItem(at: spare)
        if reusing, rename(previous.path, spare.path) == 0 { return }
        try? FileManager.default.removeItem(at: previous)
    }
}
