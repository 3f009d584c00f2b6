import Foundation

/// The preview's output: the site's files in memory, kept from one build to the next. A build's
/// files are staged apart and replace the published ones at once when it publishes, so while a
/// change cannot be built the last good site is still served.
final class MemoryOutput: SiteOutput {
    private struct State {
        var files: [String: Data] = [:]
        var deferred: DeferredFiles?
        var staged: [String: Data] = [:]
        var stagedDeferred: DeferredFiles?
    }

    private let state = Locked(State())

    /// The published site's files, by path.
    var files: [String: Data] { state.withLock { $0.files } }
    /// The published site's files made on first request.
    var deferred: DeferredFiles? { state.withLock { $0.deferred } }

    func open() {}

    func write(_ data: Data, to path: String) throws(OutputError) {
        guard SiteWriter.isSafe(path) else { throw .escapingPath(path: path) }
        state.withLock { $0.staged[path] = data }
    }

    func keep(_ path: String, stamp: FileStamp?) -> Bool {
        state.withLock { state in
            guard let data = state.files[path] else { return false }
            state.staged[path] = data
            return true
        }
    }

    func writeOnDemand(_ files: DeferredFiles) {
        state.withLock { $0.stagedDeferred = files }
    }

    func publish(buildID: String?) {
        state.withLock { state in
            state.files = state.staged
            state.deferred = state.stagedDeferred
            state.staged = [:]
            state.stagedDeferred = nil
        }
    }

    func abandon() {
        state.withLock { state in
            state.staged = [:]
            state.stagedDeferred = nil
        }
    }

    var stamps: [String: FileStamp]? { nil }
}
