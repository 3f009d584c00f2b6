import Foundation

/// The preview's open connections: which are waiting for a request and since when, so that when
/// the process runs out of file descriptors the longest-waiting can be closed to make room, and
/// so that stopping the preview ends them all.
final class ConnectionRegistry: @unchecked Sendable {
    private struct Entry {
        var task: Task<Void, Never>?
        /// When the connection started waiting for a request (a counter, not a time); nil while
        /// it is answering one, or is a WebSocket.
        var waitingSince: UInt64?
    }

    // Guarded by `lock`.
    private var entries: [Int: Entry] = [:]
    private var nextID = 0
    private var clock: UInt64 = 0
    private let lock = NSLock()

    /// A new connection, waiting for its first request.
    func add() -> Int {
        lock.withLock {
            let id = nextID
            nextID += 1
            clock += 1
            entries[id] = Entry(task: nil, waitingSince: clock)
            return id
        }
    }

    /// The task serving connection `id` (nothing if it has already finished).
    func attach(_ task: Task<Void, Never>, to id: Int) {
        lock.withLock { entries[id]?.task = task }
    }

    func remove(_ id: Int) {
        _ = lock.withLock { entries.removeValue(forKey: id) }
    }

    func setWaiting(_ id: Int, _ waiting: Bool) {
        lock.withLock {
            clock += 1
            entries[id]?.waitingSince = waiting ? clock : nil
        }
    }

    /// Ends up to `limit` of the connections that have waited longest for a request; returns how many.
    @discardableResult
    func shedWaiting(upTo limit: Int) -> Int {
        let tasks: [Task<Void, Never>] = lock.withLock {
            let oldest = entries.compactMap { id, entry in entry.waitingSince.map { (id, $0) } }
                .sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
            return oldest.compactMap { id in
                entries[id]?.waitingSince = nil
                return entries[id]?.task
            }
        }
        for task in tasks { task.cancel() }
        return tasks.count
    }

    /// Ends every connection (the preview is stopping).
    func cancelAll() {
        let tasks = lock.withLock { entries.values.compactMap(\.task) }
        for task in tasks { task.cancel() }
    }

    var count: Int { lock.withLock { entries.count } }
}
