import FlyingSocks
import Foundation
import TrustsiteCore

/// `trustsite serve`: builds the site in memory as a draft, serves it, and rebuilds what a change
/// touches, telling open pages to reload. Never touches the published `site/`.
public final class PreviewSession: Sendable {
    public struct Options: Sendable {
        public var siteRoot: URL
        public var host: String
        public var port: UInt16
        public var clock: BuildClock

        public init(siteRoot: URL, host: String, port: UInt16, clock: BuildClock) {
            self.siteRoot = siteRoot
            self.host = host
            self.port = port
            self.clock = clock
        }
    }

    public enum Event: Sendable {
        case listening(url: String)
        case rebuilt(SiteSnapshot, changed: Set<String>)
    }

    let options: Options
    let builder: PreviewBuilder
    let state: PreviewState
    let server: PreviewServer
    let watcher: any FileWatcher
    private let changes = ChangeQueue()
    private let stopping = StopFlag()

    public init(options: Options) throws {
        self.options = options
        builder = PreviewBuilder(root: options.siteRoot, clock: options.clock)
        state = PreviewState(snapshot: builder.rebuild(changed: nil))
        server = try PreviewServer(host: options.host, port: options.port, state: state)
        watcher = FileWatchers.make(root: options.siteRoot)
    }

    /// The first build's snapshot.
    public var initialSnapshot: SiteSnapshot {
        get async { await state.snapshot }
    }

    /// Serves until `stop()`; reports what happens through `events`.
    public func run(events: @escaping @Sendable (Event) -> Void) async throws {
        try watcher.start { [changes] paths in changes.add(paths) }
        let rebuilds = Task { [self] in
            for await batch in changes.batches() {
                let snapshot = builder.rebuild(changed: batch)
                await state.publish(snapshot)
                events(.rebuilt(snapshot, changed: batch))
            }
        }
        defer { rebuilds.cancel() }
        // The server is already listening (its initialiser binds the port).
        async let serving: Void = server.start()
        events(.listening(url: "http://\(HostPolicy.name(forAddress: options.host)):\(server.port)/"))
        do {
            try await serving
        } catch  where stopping.isSet {
            // Connections cut short by stopping are not a failure.
        }
    }

    public func stop() async {
        stopping.set()
        watcher.stop()
        changes.finish()
        await server.stop()
    }
}

/// Changed paths from the watcher, gathered into one batch per burst of saves: a batch is
/// released once no change has arrived for 10 ms (or after 100 ms of continuous changes).
/// Changes that arrive while a rebuild runs wait and form the next batch.
final class ChangeQueue: Sendable {
    /// How long without a change ends a batch.
    let quiet: DispatchTimeInterval
    private let quietNanoseconds: UInt64

    init(quietMilliseconds: Int = 10) {
        quiet = .milliseconds(quietMilliseconds)
        quietNanoseconds = UInt64(quietMilliseconds) * 1_000_000
    }

    private struct State {
        var pending: Set<String> = []
        var firstChange: DispatchTime?
        var lastChange = DispatchTime.now()
        var continuation: AsyncStream<Set<String>>.Continuation?
    }

    private let state = Locked(State())
    private let queue = DispatchQueue(label: "trustsite.changes")

    func add(_ paths: Set<String>) {
        let now = DispatchTime.now()
        state.withLock { state in
            state.pending.formUnion(paths)
            if state.firstChange == nil { state.firstChange = now }
            state.lastChange = now
        }
        queue.asyncAfter(deadline: now + quiet) { [self] in release() }
    }

    private func release() {
        state.withLock { state in
            guard let first = state.firstChange, !state.pending.isEmpty else { return }
            let now = DispatchTime.now()
            let quiet = now.uptimeNanoseconds - state.lastChange.uptimeNanoseconds >= quietNanoseconds - 1_000_000
            let tooLong = now.uptimeNanoseconds - first.uptimeNanoseconds >= 10 * quietNanoseconds
            guard quiet || tooLong else { return }
            state.continuation?.yield(state.pending)
            state.pending = []
            state.firstChange = nil
        }
    }

    func batches() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        state.withLock { $0.continuation = continuation }
        return stream
    }

    func finish() {
        state.withLock { $0.continuation?.finish() }
    }
}

extension PreviewSession {
    /// A sentence for an error that stopped the server, e.g. the port already in use.
    public static func explain(_ error: any Error, host: String, port: UInt16) -> String {
        if case .failed(let type, let code, _)? = error as? SocketError, type.lowercased() == "bind" {
            if code == EADDRINUSE {
                return "port \(port) on \(host) is already in use (another preview, perhaps). "
                    + "Stop it, or choose another port: trustsite serve --port \(port == UInt16.max ? 8081 : port + 1)"
            }
            if code == EADDRNOTAVAIL { return "\(host) is not an address of this machine. Use --host 127.0.0.1." }
            if code == EACCES {
                return "port \(port) needs special permission. Use a port above 1024, e.g. --port 8080."
            }
        }
        return "the preview stopped: \(error)"
    }
}

/// Set once the preview is asked to stop.
final class StopFlag: Sendable {
    private let value = Locked(false)

    func set() {
        value.withLock { $0 = true }
    }

    var isSet: Bool { value.withLock { $0 } }
}
