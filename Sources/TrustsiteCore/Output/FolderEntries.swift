#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names in a folder, read with `readdir` (without `.` and `..`): much cheaper than
/// FileManager's listing for the build's walks over thousands of folders.
enum FolderEntries {
    /// The names, or nil when the folder cannot be opened or read to the end.
    static func names(in path: String) -> [String]? {
        if case .success(let names) = list(path) { return names }
        return nil
    }

    /// The names, or the errno of what failed: a folder read only in part is a failure, never a
    /// shorter list.
    static func list(_ path: String) -> Result<[String], Errno> {
        guard let directory = opendir(path) else { return .failure(Errno(code: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            // readdir returns nil both at the end and on an error; only errno tells them apart.
            errno = 0
            guard let entry = readdir(directory) else { break }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        if errno != 0 { return .failure(Errno(code: errno)) }
        return .success(names)
    }

    /// A system error number, with its text.
    struct Errno: Error, Equatable {
        let code: Int32
        var reason: String { String(cString: strerror(code)) }
    }
}
