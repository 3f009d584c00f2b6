import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plain TCP connection to 127.0.0.1, so a test controls every byte; reads give up after 60 s of
/// silence. The server under test answers or closes within a second; the long wait is only a safety
/// net, sized for a full test run on two cores, where the tests that run meanwhile (builds, child
/// processes) can keep the in-process server from running for several seconds.
final class TestClient {
    let descriptor: Int32

    init?(port: UInt16) {
        #if canImport(Glibc)
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(port.bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { buffer in
            #if canImport(Glibc)
                Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            #else
                Darwin.send(descriptor, buffer.baseAddress, buffer.count, 0)
            #endif
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// How a read ended.
    enum End: Equatable {
        /// The server closed the connection.
        case closed
        /// Nothing more arrived within 60 s.
        case timedOut
        case failed(Int32)
    }

    /// Everything until the server closes, or nothing arrives for 60 s.
    /// `readAll()` on a thread of its own. A test's task must not block one of the few threads of
    /// Swift's shared pool while the in-process server under test needs them: on two cores, with
    /// other tests running, the server could not answer until the client gave up.
    func readAllOffPool() async -> (bytes: [UInt8], end: End) {
        nonisolated(unsafe) let client = self
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: client.readAll()) }.start()
        }
    }

    func readAll() -> (bytes: [UInt8], end: End) {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { return (data, .closed) }
            if count < 0 {
                return (data, errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut : .failed(errno))
            }
            data += buffer[0..<count]
        }
    }

    /// `read(until:)` on a thread of its own (see `readAllOffPool`).
    func readOffPool(until marker: String) async -> String {
        nonisolated(unsafe) let client = self
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: client.read(until: marker)) }.start()
        }
    }

    /// Reads until `bytes` holds `marker` (or the connection ends); returns all read.
    func read(until marker: String) -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let wanted = Array(marker.utf8)
        while !data.contains(wanted) {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    deinit { close(descriptor) }
}

extension [UInt8] {
    func contains(_ part: [UInt8]) -> Bool {
        guard !part.isEmpty, count >= part.count else { return part.isEmpty }
        return (0...(count - part.count)).contains { self[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
