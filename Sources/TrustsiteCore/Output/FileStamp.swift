#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What identifies one version of a file without reading it: size, modification time to the
/// nanosecond and inode. A file rewritten in place gets a new time; a file replaced by another
/// gets a new inode. A hard link shares its target's stamp, so a page linked from the previous
/// site into the next keeps the stamp it was written with.
struct FileStamp: Sendable, Hashable, CustomStringConvertible {
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64
    var inode: UInt64
    /// A folder (not a symbolic link to one), or a regular file. Not part of the stamp's text.
    var isFolder = false
    var isRegular = false

    init(_ info: stat) {
        size = Int64(info.st_size)
        isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        isRegular = (info.st_mode & S_IFMT) == S_IFREG
        #if canImport(Glibc)
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
        #else
            seconds = Int64(info.st_mtimespec.tv_sec)
            nanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }

    /// The stamp of the file at `path` itself (a symbolic link is not followed), or nil.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of an open file.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Two stamps are equal when size, time and inode are (the kind is not kept in the cache).
    static func == (a: FileStamp, b: FileStamp) -> Bool {
        (a.size, a.seconds, a.nanoseconds, a.inode) == (b.size, b.seconds, b.nanoseconds, b.inode)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(seconds)
        hasher.combine(nanoseconds)
        hasher.combine(inode)
    }

    /// `size seconds.nanoseconds inode`, as kept in the build cache.
    var description: String { "\(size) \(seconds).\(nanoseconds) \(inode)" }

    init?(_ text: Substring) {
        let parts = text.split(separator: " ")
        let time = parts.count == 3 ? parts[1].split(separator: ".") : []
        guard time.count == 2, let size = Int64(parts[0]), let seconds = Int64(time[0]),
            let nanoseconds = Int64(time[1]), let inode = UInt64(parts[2])
        else { return nil }
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }
}
