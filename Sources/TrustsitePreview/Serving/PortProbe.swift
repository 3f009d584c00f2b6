import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks that the preview can listen where asked before starting the server, so a taken port
/// is reported at once and plainly rather than as a server that never comes up.
enum PortProbe {
    static func check(host: String, port: UInt16) throws {
        guard port != 0, !host.contains(":") else { return }
        var address = try sockaddr_in.inet(ip4: host, port: port)
        #if canImport(Glibc)
            let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if result != 0 {
            throw SocketError.failed(type: "bind", errno: errno, message: String(cString: strerror(errno)))
        }
    }
}
