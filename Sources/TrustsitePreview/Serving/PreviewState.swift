import TrustsiteCore

/// The current in-memory site and the open pages waiting to hear of the next rebuild.
actor PreviewState {
    private(set) var snapshot: SiteSnapshot
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    init(snapshot: SiteSnapshot) {
        self.snapshot = snapshot
    }

    func publish(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        for listener in listeners.values { listener.yield(snapshot.version) }
    }

    /// Versions of the site from now on; ends when the page goes away.
    func versions() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.removeListener(id) }
        }
        return stream
    }

    private func removeListener(_ id: Int) {
        listeners[id] = nil
    }

    var listenerCount: Int { listeners.count }
}
