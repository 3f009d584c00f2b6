import Foundation
import TrustsiteCore

/// The preview's open connections: which are waiting for a request and since when, so that when
/// the process runs out of file descriptors the longest-waiting can be closed to make room; the
/// time each may take for what it is doing, so one that takes too long is ended; and all of them,
/// so stopping the preview ends them.
///
/// Time limits are checked by one loop (`endOverdue`, a few times a second) rather than by a timer
/// per read or write: a cancelled `Task.sleep` keeps its timer until it would have fired, so a
/// 30-second timer per request held about 200 MB at 4,000 requests a second.
final class ConnectionRegistry: Sendable {
    private struct Entry {
        var task: Task<Void, Never>?
        /// When the connection started waiting for a request (a counter, not a time); nil while
        /// it is answering one, or is a WebSocket.
        var waitingSince: UInt64?
        /// When the connection is ended if it is still doing what it is doing.
        var deadline: ContinuousClock.Instant?
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        var nextID = 0
        /// Counts every start of a wait, so the longest-waiting connections sort first.
        var counter: UInt64 = 0
        /// Open live-reload sockets.
        var webSockets = 0
    }

    private let state = Locked(State())

    /// A new connection, waiting for its first request.
    func add() -> Int {
        state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.counter += 1
            state.entries[id] = Entry(task: nil, waitingSince: state.counter, deadline: nil)
            return id
        }
    }

    /// The task serving connection `id` (nothing if it has already finished).
    func attach(_ task: Task<Void, Never>, to id: Int) {
        state.withLock { state in state.entries[id]?.task = task }
    }

    func remove(_ id: Int) {
        _ = state.withLock { state in state.entries.removeValue(forKey: id) }
    }

    func setWaiting(_ id: Int, _ waiting: Bool) {
        state.withLock { state in
            state.counter += 1
            state.entries[id]?.waitingSince = waiting ? state.counter : nil
        }
    }

    /// Ends connection `id` if it is still at it after `limit` (nil: no limit from now on).
    func setLimit(_ id: Int, _ limit: Duration?) {
        let deadline = limit.map { ContinuousClock.now + $0 }
        state.withLock { state in state.entries[id]?.deadline = deadline }
    }

    /// Ends the connections whose time is up; returns how many.
    @discardableResult
    func endOverdue(at now: ContinuousClock.Instant = .now) -> Int {
        let tasks: [Task<Void, Never>] = state.withLock { state in
            var overdue: [Task<Void, Never>] = []
            for (id, entry) in state.entries {
                guard let deadline = entry.deadline, deadline <= now else { continue }
                state.entries[id]?.deadline = nil
                if let task = entry.task { overdue.append(task) }
            }
            return overdue
        }
        for task in tasks { task.cancel() }
        return tasks.count
    }

    /// Ends up to `limit` of the connections that have waited longest for a request; returns how many.
    @discardableResult
    func shedWaiting(upTo limit: Int) -> Int {
        let tasks: [Task<Void, Never>] = state.withLock { state in
            let oldest = state.entries.compactMap { id, entry in entry.waitingSince.map { (id, $0) } }
                .sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
            return oldest.compactMap { id in
                state.entries[id]?.waitingSince = nil
                return state.entries[id]?.task
            }
        }
        for task in tasks { task.cancel() }
        return tasks.count
    }

    /// Counts a live-reload socket in, unless `limit` are open already.
    func claimWebSocket(limit: Int) -> Bool {
        state.withLock { state in
            guard state.webSockets < limit else { return false }
            state.webSockets += 1
            return true
        }
    }

    func releaseWebSocket() {
        state.withLock { $0.webSockets -= 1 }
    }

    /// Ends every connection (the preview is stopping).
    func cancelAll() {
        let tasks = state.withLock { state in state.entries.values.compactMap(\.task) }
        for task in tasks { task.cancel() }
    }

    var count: Int { state.withLock { state in state.entries.count } }
}
