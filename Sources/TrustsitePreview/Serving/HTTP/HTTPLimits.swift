/// How much of a request the preview reads, and how long it waits: browsers send heads of a few
/// kilobytes and no bodies to a preview, so anything far larger is refused before it costs memory.
struct HTTPLimits: Sendable {
    /// The request line (`GET /path HTTP/1.1`), without its line ending: longer gets 414.
    var requestLine = 8 * 1024
    /// One header line: longer gets 431.
    var headerLine = 8 * 1024
    /// The whole head, request line and headers: larger gets 431.
    var head = 64 * 1024
    /// Header lines in one request: more gets 431.
    var headerCount = 100
    /// A request body (the preview needs none): larger gets 413.
    var body = 16 * 1024
    /// One WebSocket message from a page (the live-reload socket only hears tiny ones): larger closes
    /// the socket with 1009.
    var webSocketMessage = 64 * 1024
    /// Live-reload sockets open at once (one per open page): more gets 503. They are never idle
    /// in the sense the other limits mean, so without a cap they could hold every file descriptor.
    var liveSockets = 64
    /// How long a connection may take to send a request head, counted from when the preview starts
    /// waiting for it (so also how long a kept-alive connection may sit idle).
    var headTimeout: Duration = .seconds(30)
    /// How long a client may take to take in a response.
    var writeTimeout: Duration = .seconds(30)

    static let standard = HTTPLimits()
}
