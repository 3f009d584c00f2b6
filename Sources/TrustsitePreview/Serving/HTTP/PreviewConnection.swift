import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One client connection: reads requests within `HTTPLimits`, refuses what the preview does not
/// answer (other hosts, oversized or malformed requests, bodies, methods other than GET and
/// HEAD), answers the rest from `PreviewRoutes`, and hands the live-reload WebSocket to
/// `ReloadSocket`. Any refusal closes the connection.
struct PreviewConnection: Sendable {
    let input: ConnectionInput
    let id: Int
    let registry: ConnectionRegistry
    let limits: HTTPLimits
    let policy: HostPolicy
    /// The address the client connected to, as the connection's own allowed host.
    let localAddress: String?
    let routes: PreviewRoutes

    func run() async {
        defer { try? input.socket.close() }
        while !Task.isCancelled {
            registry.setWaiting(id, true)
            // The head, and any body, must arrive within the time limit; past it the registry
            // cancels this task, which ends the read.
            registry.setLimit(id, limits.headTimeout)
            let outcome: RequestHeadParser.Outcome
            do {
                outcome = try await Self.readHead(input, limits: limits)
            } catch {
                // The client went away, took too long, or the preview is stopping. Part of a
                // request: say why, if that can be done without waiting.
                if !input.bytes.isEmpty {
                    let refusal = HTTPRefusal(408, "the request took too long to arrive.")
                    _ = try? await input.socket.write(refusal.response.encoded(includingBody: true, closing: true))
                }
                return
            }
            registry.setWaiting(id, false)
            let head: RequestHead
            switch outcome {
            case .needMore:
                return
            case .refused(let refusal):
                await refuse(refusal)
                return
            case .complete(let complete, let consumed):
                input.consume(consumed)
                head = complete
            }
            if let refusal = refusal(of: head) {
                await refuse(refusal, to: head)
                return
            }
            do {
                try await skipBody(of: head)
            } catch let refusal as HTTPRefusal {
                await refuse(refusal, to: head)
                return
            } catch {
                return
            }
            registry.setLimit(id, nil)
            guard head.method == "GET" || head.method == "HEAD" else {
                let allow = [HeaderField(name: "Allow", value: "GET, HEAD")]
                await refuse(HTTPRefusal(405, "the preview only serves pages: GET and HEAD.", fields: allow), to: head)
                return
            }
            if head.path == WebSocketHandshake.path {
                switch WebSocketHandshake.response(to: head, policy: policy, localAddress: localAddress) {
                case .success(let response):
                    guard registry.claimWebSocket(limit: limits.liveSockets) else {
                        await refuse(
                            HTTPRefusal(503, "\(limits.liveSockets) pages are open already; close some and reload."),
                            to: head)
                        return
                    }
                    defer { registry.releaseWebSocket() }
                    guard await send(response, closing: false) else { return }
                    await routes.reloadSocket(limits: limits).run(input) { [registry, id] in
                        registry.setLimit(id, $0)
                    }
                case .failure(let refusal):
                    await refuse(refusal, to: head)
                }
                return
            }
            let response = await routes.response(for: head)
            guard await send(response, includingBody: head.method != "HEAD", closing: !head.keepsAlive), head.keepsAlive
            else { return }
        }
    }

    /// Reads until a whole head has arrived, or the parser refuses it.
    private static func readHead(_ input: ConnectionInput, limits: HTTPLimits) async throws -> RequestHeadParser.Outcome
    {
        var parser = RequestHeadParser(limits: limits)
        while true {
            if !input.bytes.isEmpty {
                let outcome = parser.parse(input.bytes)
                if outcome != .needMore { return outcome }
            }
            try await input.readMore()
        }
    }

    /// Why the preview will not answer this request, if it is sent to a host name it does not
    /// answer to (checked before anything else about the request).
    private func refusal(of head: RequestHead) -> HTTPRefusal? {
        let hosts = head.values("Host")
        if hosts.count > 1 { return HTTPRefusal(400, "a request must have one Host header.") }
        return policy.refusal(host: hosts.first, version: head.version, localAddress: localAddress)
    }

    /// Reads and drops a request body of up to `limits.body` bytes (the preview needs none);
    /// throws an `HTTPRefusal` for anything larger, or a body of unknown length.
    private func skipBody(of head: RequestHead) async throws {
        if !head.values("Transfer-Encoding").isEmpty {
            throw HTTPRefusal(411, "the preview takes no request bodies, and never one of unknown length.")
        }
        let lengths = Set(head.values("Content-Length"))
        guard let text = lengths.first else { return }
        guard lengths.count == 1, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw HTTPRefusal(400, "Content-Length is not one number.")
        }
        guard let length = Int(text), length <= limits.body else {
            throw HTTPRefusal(
                413, "the preview takes request bodies of up to \(limits.body / 1024) KB, and needs none.")
        }
        // Within the head's time limit, still running.
        while input.bytes.count < length { try await input.readMore() }
        input.consume(length)
    }

    /// Sends a refusal, then closes gently: stops sending, and reads and drops what the client is
    /// still sending (for at most a second, or a few megabytes), so that closing with unread input
    /// does not reset the connection and lose the refusal before the client reads it.
    /// A refusal of a HEAD request has no body, like any answer to HEAD.
    private func refuse(_ refusal: HTTPRefusal, to head: RequestHead? = nil) async {
        guard await send(refusal.response, includingBody: head?.method != "HEAD", closing: true) else { return }
        #if canImport(Glibc)
            _ = shutdown(input.socket.socket.file.rawValue, Int32(SHUT_WR))
        #elseif canImport(Darwin)
            _ = shutdown(input.socket.socket.file.rawValue, SHUT_WR)
        #endif
        registry.setLimit(id, .seconds(1))
        // Only draining now: the first to go when the preview runs out of file descriptors.
        registry.setWaiting(id, true)
        var dropped = 0
        while dropped < 4 * 1024 * 1024 {
            input.consume(input.bytes.count)
            do { try await input.readMore() } catch { return }
            dropped += input.bytes.count
        }
    }

    /// Sends a response within `limits.writeTimeout`; false if it could not be sent.
    @discardableResult
    private func send(_ response: PreviewResponse, includingBody: Bool = true, closing: Bool) async -> Bool {
        let data = response.encoded(includingBody: includingBody, closing: closing)
        registry.setLimit(id, limits.writeTimeout)
        defer { registry.setLimit(id, nil) }
        do {
            try await input.socket.write(data)
            return true
        } catch {
            return false
        }
    }
}
