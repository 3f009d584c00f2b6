import Foundation

/// The portable fallback: compares modification times twice a second.
final class PollingWatcher: FileWatcher {
    let root: URL

    init(root: URL) {
        self.root = root
    }

    func start(onChange: @escaping @Sendable (Set<String>) -> Void) throws {
        let initial = scan()
        let thread = Thread { [self] in
            var last = initial
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                let current = scan()
                let changed = Set(current.keys).symmetricDifference(last.keys)
                    .union(current.filter { last[$0.key] != $0.value }.map(\.key))
                last = current
                if !changed.isEmpty { onChange(changed) }
            }
        }
        thread.start()
    }

    private func scan() -> [String: Date] {
        var times: [String: Date] = [:]
        let manager = FileManager.default
        for file in FileWatchers.watchedFiles {
            times[file] = (try? manager.attributesOfItem(atPath: root.appending(path: file).path))?[.modificationDate] as? Date
        }
        for folder in FileWatchers.watchedFolders {
            guard let enumerator = manager.enumerator(atPath: root.appending(path: folder).path) else { continue }
            for case let path as String in enumerator {
                let relative = folder + "/" + path
                times[relative] = (try? manager.attributesOfItem(atPath: root.appending(path: relative).path))?[.modificationDate] as? Date
            }
        }
        return times
    }
}
