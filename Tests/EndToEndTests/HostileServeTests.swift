import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `trustsite serve` with connections that never finish their request: ordinary requests are still
/// answered at once, and the preview survives more of them than the open-file limit it was started
/// with (scripts/load-test.sh measures the same under wrk).
@Suite(.serialized) struct HostileServeTests {
    /// One ordinary request on a new connection: its status line (empty when no answer came before
    /// the connection's read timeout). How fast answers come is measured by scripts/load-test.sh,
    /// not asserted here, where other tests share the machine.
    static func get(_ path: String, port: Int) -> String {
        guard let connection = RawConnection(port: port) else { return "cannot connect" }
        connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return String(connection.readAll().prefix { !$0.isNewline })
    }

    @Test func heldConnectionsNeitherBlockRequestsNorStopThePreview() throws {
        let site = try FixtureCopy()
        defer { site.cleanUp() }
        // Started with a low soft limit on open files, as many systems start processes (1,024; macOS 256).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -S -n 128 && exec \"$0\" serve --site \"$1\" --port 0 --today 2026-11-22",
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
        let line = try ServeCommandTests.RunningPreview.readLine(output.fileHandleForReading)
        let port = try #require(
            line.range(of: "http://127.0.0.1:").flatMap { Int(line[$0.upperBound...].prefix { $0.isNumber }) })
        #expect(Self.get("/", port: port) == "HTTP/1.1 200 OK")

        // Half a request each (never the blank line that ends it), and connections that say nothing:
        // more of them together than the 128 files the preview was started with.
        var held: [RawConnection] = []
        for _ in 0..<60 {
            guard let connection = RawConnection(port: port) else { break }
            connection.send("GET /plan/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            held.append(connection)
        }
        for _ in 0..<240 {
            guard let connection = RawConnection(port: port) else { break }
            held.append(connection)
        }
        #expect(held.count == 300)
        Thread.sleep(forTimeInterval: 0.5)
        for _ in 0..<10 {
            #expect(Self.get("/plan/", port: port) == "HTTP/1.1 200 OK", "no answer while slow connections were open")
        }
        held.removeAll()
        Thread.sleep(forTimeInterval: 0.3)
        #expect(Self.get("/", port: port) == "HTTP/1.1 200 OK")
        #expect(process.isRunning)
    }
}
