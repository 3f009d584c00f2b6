import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps reading inside the site folder: where a path really leads, once symbolic links are followed.
enum SitePaths {
    /// The absolute path with every symbolic link resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// If `relativePath` (under `root`) leads outside the site through a symbolic link, where it leads.
    /// Only paths with a link on the way are resolved, so plain files cost one `lstat` per folder.
    static func outsideTarget(of relativePath: String, in root: URL) -> String? {
        var path = root.path
        var linked = false
        var info = stat()
        for component in relativePath.split(separator: "/") {
            path += "/" + component
            if component == ".." {
                linked = true
                continue
            }
            guard lstat(path, &info) == 0 else { return nil }
            if (info.st_mode & S_IFMT) == S_IFLNK { linked = true }
        }
        guard linked, let target = realPath(path), let site = realPath(root.path) else { return nil }
        return isInside(target, site) ? nil : target
    }

    static func outsideDiagnostic(_ relativePath: String, target: String) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(file: relativePath),
            "\(relativePath) leads outside the site folder, through a symbolic link to \(target), so trustsite does not read it.",
            hint: "Copy what it should show into the site folder instead of linking to it, or remove the link.")
    }
}
