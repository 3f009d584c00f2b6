import Foundation
import TrustsiteCore

/// The portable fallback: looks at every watched file twice a second.
///
/// A file counts as changed when its modification time, size or identity (device and inode)
/// changes, so a folder swapped in by rename (`mv content.new content`, or two folders exchanging
/// names) is seen even when its files have the same sizes and times as the ones they replace.
final class PollingWatcher: FileWatcher, Sendable {
    /// What is compared between two looks at a file.
    struct Identity: Equatable {
        var modified: Date?
        var size: Int?
        var device: Int?
        var inode: Int?
    }

    let root: URL
    let interval: TimeInterval
    private let stopped = Locked(false)

    init(root: URL, interval: TimeInterval = 0.5) {
        self.root = root
        self.interval = interval
    }

    func start(onChange: @escaping @Sendable (Set<String>) -> Void) throws {
        let initial = scan()
        let thread = Thread { [self] in
            var last = initial
            while true {
                Thread.sleep(forTimeInterval: interval)
                if stopped.withLock({ $0 }) { return }
                let current = scan()
                let changed = Set(current.keys).symmetricDifference(last.keys)
                    .union(current.filter { last[$0.key] != $0.value }.map(\.key))
                last = current
                if !changed.isEmpty { onChange(changed) }
            }
        }
        thread.name = "trustsite-poll"
        thread.start()
    }

    func stop() {
        stopped.withLock { $0 = true }
    }

    func scan() -> [String: Identity] {
        var files: [String: Identity] = [:]
        let manager = FileManager.default
        for file in FileWatchers.watchedFiles {
            files[file] = identity(of: file)
        }
        for folder in FileWatchers.watchedFolders {
            guard let enumerator = manager.enumerator(atPath: root.appending(path: folder).path) else { continue }
            for case let path as String in enumerator {
                let relative = folder + "/" + path
                files[relative] = identity(of: relative)
            }
        }
        return files
    }

    private func identity(of relative: String) -> Identity {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: root.appending(path: relative).path)) ?? [:]
        return Identity(
            modified: attributes[.modificationDate] as? Date,
            size: (attributes[.size] as? NSNumber)?.intValue,
            device: (attributes[.systemNumber] as? NSNumber)?.intValue,
            inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue)
    }
}
