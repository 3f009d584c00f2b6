import FlyingSocks
import Foundation
import TrustsiteCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serves the in-memory site over HTTP on FlyingSocks' sockets, with its own connection handling
/// (`PreviewConnection`): only requests to the preview's own host names, within `HTTPLimits`, each
/// connection with a time limit for its next request; running out of file descriptors pauses
/// accepting instead of stopping the preview.
final class PreviewServer: Sendable {
    let state: PreviewState
    let limits: HTTPLimits
    let policy: HostPolicy
    /// The port listened on (the one picked, when asked for port 0).
    let port: UInt16
    private let listener: Socket
    private let pool: any AsyncSocketPool
    private let registry = ConnectionRegistry()
    /// The serving task, and whether `stop()` came first.
    private let running = Locked<(serving: Task<Void, any Error>?, stopped: Bool)>((nil, false))

    /// Binds and listens at once, so a taken port is reported before anything else happens.
    init(host: String, port: UInt16, state: PreviewState, limits: HTTPLimits = .standard) throws {
        self.state = state
        let name = host == "localhost" ? "127.0.0.1" : host
        let address: any SocketAddress =
            name.contains(":")
            ? try sockaddr_in6.inet6(ip6: name, port: port) : try sockaddr_in.inet(ip4: name, port: port)
        // Held connections each cost a file descriptor: use all the process may have. Live-reload
        // sockets may take a quarter of them at most, so ordinary requests always find room.
        let openFiles = Self.raiseOpenFileLimit()
        var limits = limits
        limits.liveSockets = min(limits.liveSockets, max(1, openFiles / 4))
        self.limits = limits
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            #if canImport(Darwin)
                try socket.setValue(true, for: .noSIGPIPE)
            #endif
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        listener = socket
        switch try? socket.sockname() {
        case .ip4(_, let bound)?, .ip6(_, let bound)?: self.port = bound
        default: self.port = port
        }
        policy = HostPolicy(host: host, port: self.port)
        pool = SocketPool.make()
    }

    /// Raises the soft limit on open files to the hard limit (many systems start processes at 1,024,
    /// or 256 on macOS, with a far higher hard limit), capped at 65,536 (10,240 on macOS); returns
    /// the limit now in force.
    @discardableResult
    static func raiseOpenFileLimit() -> Int {
        #if canImport(Glibc)
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            let cap: rlim_t = 65_536
        #else
            let resource = RLIMIT_NOFILE
            let cap = rlim_t(OPEN_MAX)
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return 1_024 }
        let wanted = min(limit.rlim_max, cap)
        guard limit.rlim_cur < wanted else { return Int(clamping: limit.rlim_cur) }
        let current = limit.rlim_cur
        limit.rlim_cur = wanted
        return Int(clamping: setrlimit(resource, &limit) == 0 ? wanted : current)
    }

    /// Serves until `stop()`.
    func start() async throws {
        let task = Task { try await serve() }
        let stopNow = running.withLock {
            $0.serving = task
            return $0.stopped
        }
        if stopNow { task.cancel() }
        try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }

    private func serve() async throws {
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        let accepting = AcceptLoop(
            accept: { try await listening.accept() },
            handle: { [self] client in open(client) },
            makeRoom: { [registry] in registry.shedWaiting(upTo: 8) })
        defer { registry.cancelAll() }
        try await withThrowingTaskGroup(of: Void.self) { [pool] group in
            group.addTask { try await pool.run() }
            group.addTask { try await accepting.run() }
            // Ends connections past their time limit, checked a few times a second.
            group.addTask { [registry, limits] in
                let tick = min(.milliseconds(250), limits.headTimeout / 4)
                while true {
                    try await Task.sleep(for: tick)
                    registry.endOverdue()
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Serves one connection in its own task.
    private func open(_ client: AsyncSocket) {
        let id = registry.add()
        let localAddress: String? =
            switch try? client.socket.sockname() {
            case .ip4(let address, _)?, .ip6(let address, _)?: address
            default: nil
            }
        let connection = PreviewConnection(
            input: ConnectionInput(socket: client), id: id, registry: registry, limits: limits, policy: policy,
            localAddress: localAddress, routes: PreviewRoutes(state: state))
        let task = Task { [registry] in
            await connection.run()
            registry.remove(id)
        }
        registry.attach(task, to: id)
    }

    /// Stops accepting, ends every connection, and closes the listening socket.
    func stop() async {
        let task = running.withLock {
            $0.stopped = true
            return $0.serving
        }
        task?.cancel()
        registry.cancelAll()
        _ = try? await task?.value
        try? listener.close()
    }
}
