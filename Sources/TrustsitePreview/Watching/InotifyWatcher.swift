#if os(Linux)
    import Foundation
    import Glibc
    import TrustsiteCore

    /// Watches the site with Linux's inotify: the kernel reports each change, nothing is polled.
    final class InotifyWatcher: FileWatcher {
        let root: URL
        /// The inotify descriptor, and the folder each watch descriptor stands for.
        private struct Watches {
            var descriptor: Int32 = -1
            var folders: [Int32: String] = [:]
        }

        // Set up by `start`, then read and extended by the reading thread.
        private let watches = Locked(Watches())

        init(root: URL) {
            self.root = root
        }

        private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY)

        func start(onChange: @escaping @Sendable (Set<String>) -> Void) throws {
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
            watches.withLock { $0.descriptor = descriptor }
            addWatch("")
            for folder in FileWatchers.watchedFolders { addTree(folder) }
            let thread = Thread { [self] in readLoop(onChange: onChange) }
            thread.name = "trustsite-watch"
            thread.start()
        }

        private func addWatch(_ relative: String) {
            let path = relative.isEmpty ? root.path : root.appending(path: relative).path
            let watch = inotify_add_watch(watches.withLock { $0.descriptor }, path, Self.mask)
            if watch >= 0 { watches.withLock { $0.folders[watch] = relative } }
        }

        /// Watches a folder and every folder below it.
        private func addTree(_ relative: String) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appending(path: relative).path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { return }
            addWatch(relative)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: relative).path)) ?? []
            for name in names where !FileWatchers.isIgnored(name) { addTree(relative + "/" + name) }
        }

        private func readLoop(onChange: @escaping @Sendable (Set<String>) -> Void) {
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer { buffer.deallocate() }
            let descriptor = watches.withLock { $0.descriptor }
            while true {
                let count = read(descriptor, buffer, size)
                if count <= 0 {
                    if errno == EINTR { continue }
                    return
                }
                var changed: Set<String> = []
                var offset = 0
                while offset < count {
                    let event = buffer.advanced(by: offset).assumingMemoryBound(to: inotify_event.self).pointee
                    let nameLength = Int(event.len)
                    var name = ""
                    if nameLength > 0 {
                        name = String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                            .assumingMemoryBound(to: CChar.self))
                    }
                    offset += MemoryLayout<inotify_event>.size + nameLength
                    guard let folder = watches.withLock({ $0.folders[event.wd] }), !name.isEmpty,
                        !FileWatchers.isIgnored(name)
                    else { continue }
                    let relative = folder.isEmpty ? name : folder + "/" + name
                    if folder.isEmpty, !FileWatchers.watchedFiles.contains(name), !FileWatchers.watchedFolders.contains(name) {
                        continue
                    }
                    if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        addTree(relative)
                    }
                    changed.insert(relative)
                }
                if !changed.isEmpty { onChange(changed) }
            }
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
