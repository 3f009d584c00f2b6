import Foundation
import Testing

/// What `trustsite serve` refuses, as a browser or an attacker would meet it: other host names
/// (DNS rebinding), other origins on the live-reload socket, oversized requests and WebSocket
/// frames; and that HEAD leaves a kept-alive connection usable, and running out of file
/// descriptors does not end the preview. After each, the preview still answers.
@Suite(.serialized) struct PreviewRefusalTests {
    typealias Preview = ServeCommandTests.RunningPreview

    /// The status line of a response.
    static func status(_ response: String) -> String {
        String(response.prefix { !$0.isNewline })
    }

    static func stillAnswers(_ preview: Preview) throws -> Bool {
        try preview.get("/plan/").status == 200
    }

    @Test func otherHostNamesAreRefused() throws {
        let preview = try Preview()
        defer { #expect(preview.stop() == 0, "the preview did not stop on Ctrl-C") }
        func ask(_ host: String?) -> String {
            guard let connection = RawConnection(port: preview.port) else { return "cannot connect" }
            connection.send(
                "GET /plan/ HTTP/1.1\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + "Connection: close\r\n\r\n")
            return connection.readAll()
        }
        // A page on evil.example, its name rebound to 127.0.0.1, asking for the draft.
        let rebound = ask("evil.example:\(preview.port)")
        #expect(Self.status(rebound) == "HTTP/1.1 421 Misdirected Request")
        #expect(rebound.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(rebound.contains("answers only to 127.0.0.1, localhost, [::1] on port \(preview.port)"))
        #expect(!rebound.contains("Children and Young People"))
        #expect(Self.status(ask("127.0.0.1:\(preview.port + 1)")).hasPrefix("HTTP/1.1 421"))
        #expect(Self.status(ask(nil)) == "HTTP/1.1 400 Bad Request")
        for host in ["127.0.0.1:\(preview.port)", "localhost:\(preview.port)", "[::1]:\(preview.port)"] {
            #expect(Self.status(ask(host)) == "HTTP/1.1 200 OK", "\(host)")
        }
    }

    /// Opens the live-reload socket with this `Origin`; returns the connection and the response head.
    static func openSocket(_ preview: Preview, origin: String) -> (RawConnection?, String) {
        guard let connection = RawConnection(port: preview.port) else { return (nil, "cannot connect") }
        connection.send(
            "GET /__trustsite/live HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Origin: \(origin)\r\n\r\n")
        return (connection, connection.read(until: "\r\n\r\n"))
    }

    @Test func theLiveReloadSocketIsOnlyForThePreviewsOwnPages() throws {
        let preview = try Preview()
        defer { #expect(preview.stop() == 0, "the preview did not stop on Ctrl-C") }
        for origin in ["http://evil.example:\(preview.port)", "null", "http://127.0.0.1:\(preview.port + 1)"] {
            #expect(Self.status(Self.openSocket(preview, origin: origin).1) == "HTTP/1.1 403 Forbidden", "\(origin)")
        }
        let own = Self.openSocket(preview, origin: "http://127.0.0.1:\(preview.port)").1
        #expect(Self.status(own) == "HTTP/1.1 101 Switching Protocols")
        #expect(own.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="))
    }

    @Test func aFrameAnnouncingExabytesClosesTheSocket() throws {
        let preview = try Preview()
        defer { #expect(preview.stop() == 0, "the preview did not stop on Ctrl-C") }
        let (opened, head) = Self.openSocket(preview, origin: "http://127.0.0.1:\(preview.port)")
        let connection = try #require(opened)
        #expect(Self.status(head) == "HTTP/1.1 101 Switching Protocols")
        // A binary frame, masked, announcing 2^62 bytes; then a few of them.
        connection.send(
            [0x82, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x34, 0x56, 0x78] + [UInt8](repeating: 0x41, count: 1000))
        let (bytes, end) = connection.readBytes()
        // A close frame with 1009 (message too big), then the connection ends.
        #expect(bytes == [0x88, 0x02, 0x03, 0xF1])
        #expect(end == .closed)
        #expect(try Self.stillAnswers(preview))
    }

    @Test func oversizedRequestsAreRefusedAtTheirLimit() throws {
        let preview = try Preview()
        defer { #expect(preview.stop() == 0, "the preview did not stop on Ctrl-C") }
        let megabyte = String(repeating: "a", count: 1_000_000)
        let cases: [(request: String, status: String)] = [
            ("GET /\(megabyte) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "HTTP/1.1 414 URI Too Long"),
            (
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: \(megabyte)\r\n\r\n",
                "HTTP/1.1 431 Request Header Fields Too Large"
            ),
            (
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + String(repeating: "X-Part: \(String(repeating: "b", count: 4000))\r\n", count: 250)
                    + "\r\n", "HTTP/1.1 431 Request Header Fields Too Large"
            ),
            (
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + String(repeating: "X-A: 1\r\n", count: 5000) + "\r\n",
                "HTTP/1.1 431 Request Header Fields Too Large"
            ),
            (
                "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n\(megabyte)",
                "HTTP/1.1 413 Content Too Large"
            ),
            ("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n", "HTTP/1.1 411 Length Required"),
            ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc", "HTTP/1.1 405 Method Not Allowed"),
        ]
        for (request, status) in cases {
            guard let connection = RawConnection(port: preview.port) else {
                Issue.record("cannot connect")
                continue
            }
            connection.send(request)
            let response = connection.readAll()
            #expect(Self.status(response) == status)
            #expect(try Self.stillAnswers(preview))
        }
    }

    @Test func headLeavesAKeptAliveConnectionUsable() throws {
        let preview = try Preview()
        defer { #expect(preview.stop() == 0, "the preview did not stop on Ctrl-C") }
        let connection = try #require(RawConnection(port: preview.port))
        connection.send("HEAD /plan/ HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\n\r\n")
        let first = connection.read(until: "\r\n\r\n")
        connection.send("GET /plan/ HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nConnection: close\r\n\r\n")
        let everything = first + connection.readAll()
        let parts = everything.components(separatedBy: "\r\n\r\n")
        #expect(Self.status(parts[0]) == "HTTP/1.1 200 OK")
        #expect(parts[0].contains("Content-Type: text/html; charset=utf-8"))
        // Right after the HEAD's headers comes the GET's response, not a body.
        #expect(parts.count >= 3 && Self.status(parts[1]) == "HTTP/1.1 200 OK")
        let lengths = parts.prefix(2).map { $0.split(separator: "\r\n").first { $0.hasPrefix("Content-Length:") } }
        #expect(lengths.count == 2 && lengths[0] != nil && lengths[0] == lengths[1])
        #expect(everything.contains("Children and Young People"))
    }

    @Test func runningOutOfFileDescriptorsDoesNotEndThePreview() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        // A hard limit of 40 open files (the preview uses about 15 of them by itself).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -n 40 && exec \"$0\" serve --site \"$1\" --port 0 --today 2026-11-22",
            TrustsiteBinary.url.path, site.root.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.interrupt() }
            process.waitUntilExit()
        }
        let line = try Preview.readLine(output.fileHandleForReading)
        let port = try #require(
            line.range(of: "http://127.0.0.1:").flatMap { Int(line[$0.upperBound...].prefix { $0.isNumber }) })
        // Twice as many connections as the preview can have files, all saying nothing.
        var held: [RawConnection] = []
        for _ in 0..<80 {
            guard let connection = RawConnection(port: port) else { break }
            held.append(connection)
        }
        #expect(held.count == 80)
        // Making room by closing the longest-waiting, it still answers while they are open...
        #expect(HostileServeTests.get("/plan/", port: port) == "HTTP/1.1 200 OK")
        #expect(process.isRunning)
        held.removeAll()
        // ...and after.
        #expect(HostileServeTests.get("/", port: port) == "HTTP/1.1 200 OK")
        #expect(process.isRunning)
    }
}
