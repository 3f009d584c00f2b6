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

    /// The error for a file or folder of the site that cannot be listed or looked at (`code`: the errno).
    static func unreadableDiagnostic(_ relativePath: String, absolutePath: String, code: Int32) -> Diagnostic {
        let location = SourceLocation(file: relativePath)
        guard code == ENAMETOOLONG else {
            return Diagnostic(
                .error, at: location, "\(relativePath) cannot be read: \(String(cString: strerror(code))).",
                hint: code == EACCES || code == EPERM
                    ? "Check its permissions: trustsite reads every file and folder in content/ and templates/."
                    : "Check that it is an ordinary file or folder that can be read, or remove it.")
        }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        if name.utf8.count > Int(NAME_MAX) {
            return Diagnostic(
                .error, at: location,
                "\(relativePath) cannot be read: its name is \(name.utf8.count) bytes long, and the system "
                    + "allows \(NAME_MAX).",
                hint: "Rename it to a shorter name.")
        }
        return Diagnostic(
            .error, at: location,
            "\(relativePath) is too deep to read: its full path is \(absolutePath.utf8.count) bytes long, and the "
                + "system allows \(PATH_MAX - 1), so trustsite cannot read it or anything in it.",
            hint: "Shorten the folder names, or use fewer levels of folders, so that every path, counted from /, "
                + "stays under \(PATH_MAX) bytes.")
    }

    /// The error for a symbolic link that leads nowhere: to nothing, or round in a loop.
    static func brokenLinkDiagnostic(_ relativePath: String, absolutePath: String, code: Int32) -> Diagnostic {
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: absolutePath)) ?? "?"
        let why =
            code == ENOENT ? "which does not exist" : "which cannot be followed (\(String(cString: strerror(code))))"
        return Diagnostic(
            .error, at: SourceLocation(file: relativePath),
            "\(relativePath) is a symbolic link to \(destination), \(why), so it is not read.",
            hint: "Point the link at a file inside the site folder, or remove it.")
    }

    /// The error for a named pipe, socket or device where a file or folder should be: reading one
    /// could wait forever, so it is never opened.
    static func specialFileDiagnostic(_ relativePath: String, mode: mode_t) -> Diagnostic {
        let kind =
            switch mode & S_IFMT {
            case S_IFIFO: "a named pipe (FIFO)"
            case S_IFSOCK: "a socket"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            default: "a special file"
            }
        return Diagnostic(
            .error, at: SourceLocation(file: relativePath),
            "\(relativePath) is \(kind), not a file trustsite can read, so it is not read.",
            hint: "Remove it: content/ and templates/ hold only ordinary files and folders.")
    }
}
