import Foundation
import Testing
import TrustsiteCore

@testable import TrustsitePreview

/// The preview's server in this process, on a free port, with short time limits.
@Suite(.serialized) struct PreviewServerTests {
    /// The minimal fixture, built once.
    static let snapshot: SiteSnapshot = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/minimal")
        return PreviewBuilder(root: root, clock: BuildClock(today: Day(year: 2026, month: 11, day: 22)!))
            .rebuild(changed: nil)
    }()

    final class Running {
        let server: PreviewServer
        let state: PreviewState
        let task: Task<Void, any Error>

        init(limits: HTTPLimits = .standard) throws {
            state = PreviewState(snapshot: PreviewServerTests.snapshot)
            server = try PreviewServer(host: "127.0.0.1", port: 0, state: state, limits: limits)
            task = Task { [server] in try await server.start() }
        }

        func client() throws -> TestClient {
            try #require(TestClient(port: server.port))
        }

        func stop() async {
            await server.stop()
        }
    }

    @Test func idleAndSlowConnectionsAreReleased() async throws {
        var limits = HTTPLimits.standard
        limits.headTimeout = .milliseconds(300)
        let running = try Running(limits: limits)
        // Sends nothing: closed without a word once the time is up (well before the client gives up).
        let idle = try running.client()
        let idleEnd = await idle.readAllOffPool().end
        #expect(idleEnd == .closed)
        // Sends half a request: told why, then closed.
        let slow = try running.client()
        slow.send("GET /plan/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        let (bytes, end) = await slow.readAllOffPool()
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(end == .closed)
        // A kept-alive connection is given the same time to send its next request.
        let kept = try running.client()
        kept.send("GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let (kept1, keptEnd) = await kept.readAllOffPool()
        #expect(String(decoding: kept1, as: UTF8.self).hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(keptEnd == .closed)
        await running.stop()
    }

    @Test func headGivesTheHeadersOfGetWithoutTheBody() async throws {
        let running = try Running()
        let client = try running.client()
        client.send("HEAD /plan/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let head = await client.readOffPool(until: "\r\n\r\n")
        client.send("GET /plan/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let rest = String(decoding: await client.readAllOffPool().bytes, as: UTF8.self)
        let all = head + rest
        let parts = all.components(separatedBy: "\r\n\r\n")
        #expect(parts.count >= 3)
        let headHeaders = parts[0]
        #expect(headHeaders.hasPrefix("HTTP/1.1 200 OK\r\n"))
        // The next bytes on the connection are the GET's response, not the HEAD's body.
        #expect(parts[1].hasPrefix("HTTP/1.1 200 OK\r\n"))
        let length = { (headers: String) in
            headers.split(separator: "\r\n").first { $0.hasPrefix("Content-Length: ") }.map { String($0.dropFirst(16)) }
        }
        #expect(length(headHeaders) != nil)
        #expect(length(headHeaders) == length(parts[1]))
        #expect(headHeaders.contains("Content-Type: text/html; charset=utf-8"))
        await running.stop()
    }

    @Test func theLiveReloadSocketHearsOfRebuildsAndRefusesBigFrames() async throws {
        let running = try Running()
        let client = try running.client()
        let port = running.server.port
        client.send(
            "GET /__trustsite/live HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Origin: http://127.0.0.1:\(port)\r\n\r\n")
        let handshake = await client.readOffPool(until: "\r\n\r\n")
        #expect(handshake.hasPrefix("HTTP/1.1 101 Switching Protocols\r\n"))
        #expect(handshake.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"))
        // Wait until the socket is listening for rebuilds, then rebuild.
        for _ in 0..<500 where await running.state.listenerCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
        var rebuilt = Self.snapshot
        rebuilt.version = 41
        await running.state.publish(rebuilt)
        #expect(await client.readOffPool(until: "reload 41").hasSuffix("reload 41"))
        // A frame announcing 2^62 bytes: closed with 1009 at once.
        client.send([0x82, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4])
        let (bytes, end) = await client.readAllOffPool()
        #expect(bytes == [0x88, 2, 0x03, 0xF1])
        #expect(end == .closed)
        await running.stop()
    }

    @Test func stoppingEndsOpenConnections() async throws {
        let running = try Running()
        // A kept-alive connection, waiting for its next request.
        let idle = try running.client()
        idle.send("GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(await idle.readOffPool(until: "\r\n\r\n").hasPrefix("HTTP/1.1 200 OK\r\n"))
        await running.stop()
        #expect(await idle.readAllOffPool().end == .closed)
        await #expect(throws: CancellationError.self) { try await running.task.value }
    }

    @Test func aRefusedHeadRequestGetsNoBody() async throws {
        let running = try Running()
        let client = try running.client()
        client.send("HEAD /plan/ HTTP/1.1\r\nHost: evil.example\r\n\r\n")
        let (bytes, end) = await client.readAllOffPool()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 421 Misdirected Request\r\n"))
        #expect(text.hasSuffix("\r\n\r\n"), "a body followed the head: \(text)")
        #expect(end == .closed)
        await running.stop()
    }

    @Test func liveReloadSocketsPastTheCapAreRefused() async throws {
        var limits = HTTPLimits.standard
        limits.liveSockets = 2
        let running = try Running(limits: limits)
        let port = running.server.port
        var statuses: [String] = []
        var open: [TestClient] = []
        for _ in 0..<3 {
            let client = try running.client()
            client.send(
                "GET /__trustsite/live HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nOrigin: http://127.0.0.1:\(port)\r\n\r\n")
            statuses.append(await client.readOffPool(until: "\r\n\r\n").components(separatedBy: "\r\n").first ?? "")
            open.append(client)
        }
        #expect(
            statuses == [
                "HTTP/1.1 101 Switching Protocols", "HTTP/1.1 101 Switching Protocols",
                "HTTP/1.1 503 Service Unavailable",
            ])
        await running.stop()
    }

    /// A live-reload socket after its handshake.
    func liveSocket(_ running: Running) async throws -> TestClient {
        let client = try running.client()
        let port = running.server.port
        client.send(
            "GET /__trustsite/live HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Origin: http://127.0.0.1:\(port)\r\n\r\n")
        #expect(await client.readOffPool(until: "\r\n\r\n").hasPrefix("HTTP/1.1 101 Switching Protocols\r\n"))
        return client
    }

    @Test(
        arguments: [
            // A text frame that is not UTF-8 (mask 0, so the payload is as sent): 1007.
            ([0x81, 0x82, 0, 0, 0, 0, 0xFF, 0xFE], [0x88, 2, 0x03, 0xEF]),
            // The same in two fragments: 1007 once the message is whole.
            ([0x01, 0x81, 0, 0, 0, 0, 0xFF, 0x80, 0x81, 0, 0, 0, 0, 0xFE], [0x88, 2, 0x03, 0xEF]),
            // A close frame with a one-byte payload: 1002.
            ([0x88, 0x81, 0, 0, 0, 0, 0x03], [0x88, 2, 0x03, 0xEA]),
        ] as [([UInt8], [UInt8])])
    func malformedFramesAreClosedWithTheirCode(frames: [UInt8], closing: [UInt8]) async throws {
        let running = try Running()
        let client = try await liveSocket(running)
        client.send(frames)
        let (bytes, end) = await client.readAllOffPool()
        #expect(bytes == closing)
        #expect(end == .closed)
        await running.stop()
    }
}
