import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Accepts connections until cancelled. Running out of file descriptors (EMFILE, ENFILE) or
/// kernel memory is not the end of the preview: it makes room by ending the connections that have
/// waited longest for a request, pauses briefly and accepts again, while the waiting connections
/// stay queued in the kernel. A connection that failed before it was accepted is skipped.
struct AcceptLoop<Client: Sendable>: Sendable {
    let accept: @Sendable () async throws -> Client
    let handle: @Sendable (Client) -> Void
    /// Called when accepting ran out of resources, before the pause.
    let makeRoom: @Sendable () -> Void
    var pause: Duration = .milliseconds(20)

    func run() async throws {
        while true {
            try Task.checkCancellation()
            do {
                handle(try await accept())
            } catch SocketError.failed(_, let code, _) where Self.isExhaustion(code) {
                makeRoom()
                try await Task.sleep(for: pause)
            } catch SocketError.failed(_, let code, _) where Self.isTransient(code) {
                continue
            }
        }
    }

    /// Out of descriptors or memory: wait for some to be freed.
    static func isExhaustion(_ code: Int32) -> Bool {
        [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(code)
    }

    /// The connection failed before it was accepted, or the call was interrupted (accept(2): these
    /// are to be treated like EAGAIN).
    static func isTransient(_ code: Int32) -> Bool {
        var codes = [
            ECONNABORTED, EINTR, EPROTO, EPERM, ENETDOWN, ENOPROTOOPT, EHOSTDOWN, EHOSTUNREACH, EOPNOTSUPP,
            ENETUNREACH, ETIMEDOUT,
        ]
        #if os(Linux)
            codes.append(ENONET)
        #endif
        return codes.contains(code)
    }
}
