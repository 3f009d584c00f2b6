import FlyingSocks

/// What a connection has sent and the preview has not used yet: a request head being read, the
/// next request when a client sends two at once, or WebSocket frames after the handshake.
/// Used by one task at a time.
final class ConnectionInput: @unchecked Sendable {
    let socket: AsyncSocket
    private(set) var bytes: [UInt8] = []

    init(socket: AsyncSocket) {
        self.socket = socket
    }

    /// Waits for more bytes and adds them; throws `SocketError.disconnected` when the client has
    /// closed, and `CancellationError` when the task is cancelled.
    func readMore() async throws {
        bytes += try await socket.read(atMost: 16_384)
    }

    /// Forgets the first `count` bytes (they have been used).
    func consume(_ count: Int) {
        bytes.removeFirst(min(count, bytes.count))
    }
}
