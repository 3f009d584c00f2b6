#if os(Linux)
    import Foundation
    import Glibc

    /// Watches the site with Linux's inotify: the kernel reports each change, nothing is polled.
    ///
    /// inotify watches folders, not paths: a watch follows its folder when it is renamed. So when a
    /// folder moves away (`mv content content.old`) its watches, and those of every folder below it,
    /// are removed; when a folder appears (created, or moved in: `mv content.new content`, or two
    /// folders exchanging names) it is watched, with every folder below it, and every file in it is
    /// reported as changed, since the files now at those paths are other files.
    final class InotifyWatcher: FileWatcher, @unchecked Sendable {
        let root: URL
        // Touched only by the reading thread once started.
        private var folders: [Int32: String] = [:]
        private var descriptor: Int32 = -1
        /// Written to by `stop()` to wake the reading thread.
        private var wakeup: [Int32] = [-1, -1]

        init(root: URL) {
            self.root = root
        }

        private static let mask =
            UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY)
            | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW)

        func start(onChange: @escaping @Sendable (Set<String>) -> Void) throws {
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
            guard pipe(&wakeup) == 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
            watchEverything()
            let thread = Thread { [self] in readLoop(onChange: onChange) }
            thread.name = "trustsite-watch"
            thread.start()
        }

        func stop() {
            var byte: UInt8 = 0
            _ = write(wakeup[1], &byte, 1)
        }

        /// Watches the site folder and every watched folder below it; the files found, as changed.
        @discardableResult
        private func watchEverything() -> Set<String> {
            addWatch("")
            var files: Set<String> = []
            for folder in FileWatchers.watchedFolders { files.formUnion(addTree(folder)) }
            return files
        }

        private func addWatch(_ relative: String) {
            let path = relative.isEmpty ? root.path : root.appending(path: relative).path
            let watch = inotify_add_watch(descriptor, path, Self.mask)
            // A folder already watched keeps its number: it is now known by this path.
            if watch >= 0 { folders[watch] = relative }
        }

        /// Watches a folder and every folder below it (not following links); returns the files in them.
        private func addTree(_ relative: String) -> Set<String> {
            guard Self.isFolder(root.appending(path: relative).path) else { return [] }
            addWatch(relative)
            var files: Set<String> = []
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: relative).path)) ?? []
            for name in names where !FileWatchers.isIgnored(name) {
                let child = relative + "/" + name
                if Self.isFolder(root.appending(path: child).path) {
                    files.formUnion(addTree(child))
                } else {
                    files.insert(child)
                }
            }
            return files
        }

        /// Stops watching a folder that has gone from this path, and every folder below it.
        private func removeTree(_ relative: String) {
            for (watch, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
                inotify_rm_watch(descriptor, watch)
                folders[watch] = nil
            }
        }

        private static func isFolder(_ path: String) -> Bool {
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }

        private func readLoop(onChange: @escaping @Sendable (Set<String>) -> Void) {
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer {
                buffer.deallocate()
                close(descriptor)
                close(wakeup[0])
                close(wakeup[1])
            }
            var waits = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeup[0], events: Int16(POLLIN), revents: 0),
            ]
            while true {
                if poll(&waits, 2, -1) < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if waits[1].revents != 0 { return }
                let count = read(descriptor, buffer, size)
                if count <= 0 {
                    if count < 0, errno == EINTR || errno == EAGAIN { continue }
                    return
                }
                var changed: Set<String> = []
                var offset = 0
                while offset < count {
                    let event = buffer.advanced(by: offset).loadUnaligned(as: inotify_event.self)
                    var name = ""
                    if event.len > 0 {
                        name = String(
                            cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                                .assumingMemoryBound(to: CChar.self))
                    }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                    changed.formUnion(handle(event, name: name))
                }
                if !changed.isEmpty { onChange(changed) }
            }
        }

        /// The paths one event changes, keeping the watches in step with the folders.
        private func handle(_ event: inotify_event, name: String) -> Set<String> {
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: watch everything afresh, and rebuild everything (a change to
                // the configuration does that).
                for watch in folders.keys { inotify_rm_watch(descriptor, watch) }
                folders = [:]
                return watchEverything().union(FileWatchers.watchedFiles)
            }
            if event.mask & UInt32(IN_IGNORED) != 0 {
                folders[event.wd] = nil
                return []
            }
            guard let folder = folders[event.wd], !name.isEmpty, !FileWatchers.isIgnored(name) else { return [] }
            if folder.isEmpty, !FileWatchers.watchedFiles.contains(name), !FileWatchers.watchedFolders.contains(name) {
                return []
            }
            let relative = folder.isEmpty ? name : folder + "/" + name
            guard event.mask & UInt32(IN_ISDIR) != 0 else { return [relative] }
            if event.mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                removeTree(relative)
                return [relative]
            }
            if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                return addTree(relative).union([relative])
            }
            return [relative]
        }
    }
#endif

/// Why watching could not start.
public enum WatchError: Error, CustomStringConvertible {
    case unavailable(String)

    public var description: String {
        switch self {
        case .unavailable(let reason): "cannot watch the site's files for changes: \(reason)"
        }
    }
}
