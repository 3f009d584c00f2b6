#if os(Linux)
    import Foundation
    import Glibc
    import TrustsiteCore

    /// Watches the site with Linux's inotify: the kernel reports each change, nothing is polled.
    ///
    /// inotify watches folders, not paths: a watch follows its folder when it is renamed. So when a
    /// folder moves away (`mv content content.old`) its watches, and those of every folder below it,
    /// are removed; when a folder appears (created, or moved in: `mv content.new content`, or two
    /// folders exchanging names) it is watched, with every folder below it, and every file in it is
    /// reported as changed, since the files now at those paths are other files.
    final class InotifyWatcher: FileWatcher, Sendable {
        let root: URL

        /// The inotify descriptor, the pipe `stop()` writes to to wake the reading thread, and the
        /// folder each watch stands for: set up by `start`, then used by the reading thread.
        private struct Watches {
            var descriptor: Int32 = -1
            var wakeup: (read: Int32, write: Int32) = (-1, -1)
            var folders: [Int32: String] = [:]
        }

        private let watches = Locked(Watches())

        init(root: URL) {
            self.root = root
        }

        private static let mask =
            UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY)
            | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW)

        func start(onChange: @escaping @Sendable (Set<String>) -> Void) throws {
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
            var wakeup: [Int32] = [-1, -1]
            guard pipe(&wakeup) == 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
            watches.withLock {
                $0.descriptor = descriptor
                $0.wakeup = (wakeup[0], wakeup[1])
            }
            watchEverything()
            let thread = Thread { [self] in readLoop(onChange: onChange) }
            thread.name = "trustsite-watch"
            thread.start()
        }

        func stop() {
            var byte: UInt8 = 0
            _ = write(watches.withLock { $0.wakeup.write }, &byte, 1)
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
            watches.withLock { watches in
                let watch = inotify_add_watch(watches.descriptor, path, Self.mask)
                // A folder already watched keeps its number: it is now known by this path.
                if watch >= 0 { watches.folders[watch] = relative }
            }
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
            watches.withLock { watches in
                for (watch, folder) in watches.folders where folder == relative || folder.hasPrefix(relative + "/") {
                    inotify_rm_watch(watches.descriptor, watch)
                    watches.folders[watch] = nil
                }
            }
        }

        private static func isFolder(_ path: String) -> Bool {
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }

        private func readLoop(onChange: @escaping @Sendable (Set<String>) -> Void) {
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            let (descriptor, wakeup) = watches.withLock { ($0.descriptor, $0.wakeup) }
            defer {
                buffer.deallocate()
                close(descriptor)
                close(wakeup.read)
                close(wakeup.write)
            }
            var waits = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeup.read, events: Int16(POLLIN), revents: 0),
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
                watches.withLock { watches in
                    for watch in watches.folders.keys { inotify_rm_watch(watches.descriptor, watch) }
                    watches.folders = [:]
                }
                return watchEverything().union(FileWatchers.watchedFiles)
            }
            if event.mask & UInt32(IN_IGNORED) != 0 {
                watches.withLock { $0.folders[event.wd] = nil }
                return []
            }
            guard let folder = watches.withLock({ $0.folders[event.wd] }), !name.isEmpty, !FileWatchers.isIgnored(name)
            else { return [] }
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
