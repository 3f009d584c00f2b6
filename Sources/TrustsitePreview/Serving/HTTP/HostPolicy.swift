import Foundation

/// The host names the preview answers to, so a web page elsewhere cannot read the draft through
/// DNS rebinding: such a page reaches 127.0.0.1 under its own name (`evil.example:8080`), which
/// the browser sends as the `Host` header and the page's origin.
///
/// Allowed: 127.0.0.1, localhost and [::1], the name given with `--host`, and the address a
/// connection arrived on (for `--host 0.0.0.0`: the machine's address as other machines type it),
/// each with the preview's port or without a port. A WebSocket's `Origin` must be
/// `http://<allowed name>:<port>`.
struct HostPolicy: Sendable {
    let names: Set<String>
    let port: UInt16

    init(host: String, port: UInt16) {
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        let given = Self.name(forAddress: host.lowercased())
        // A wildcard address is not a name a browser uses; the connection's own address stands in.
        if given != "0.0.0.0", given != "[::]" { names.insert(given) }
        self.names = names
        self.port = port
    }

    /// `::1` → `[::1]`: how an IPv6 address appears in a URL and in `Host`.
    static func name(forAddress address: String) -> String {
        address.contains(":") && !address.hasPrefix("[") ? "[\(address)]" : address
    }

    /// Why a request with this `Host` is refused, or nil to answer it. `localAddress` is the
    /// address the connection arrived on.
    func refusal(host: String?, version: String, localAddress: String?) -> HTTPRefusal? {
        guard let host else {
            if version == "HTTP/1.0" { return nil }
            return HTTPRefusal(400, "an HTTP/1.1 request must have a Host header.")
        }
        if allows(authority: host, portRequired: false, localAddress: localAddress) { return nil }
        return HTTPRefusal(
            421,
            "this preview answers only to \(listed) on port \(port), not to the host name "
                + "\"\(Self.printable(host))\". Open http://127.0.0.1:\(port)/ instead.")
    }

    /// Whether a WebSocket's `Origin` is the preview's own.
    func allows(origin: String?, localAddress: String?) -> Bool {
        guard let origin, origin.lowercased().hasPrefix("http://") else { return false }
        return allows(
            authority: String(origin.dropFirst("http://".count)), portRequired: port != 80, localAddress: localAddress)
    }

    /// `name[:port]`, where the name is allowed and the port, if given, is the preview's.
    private func allows(authority: String, portRequired: Bool, localAddress: String?) -> Bool {
        let text = authority.lowercased()
        let name: Substring
        let portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return false }
            name = text[...close]
            let rest = text[text.index(after: close)...]
            if rest.isEmpty {
                portText = nil
            } else if rest.hasPrefix(":") {
                portText = rest.dropFirst()
            } else {
                return false
            }
        } else {
            let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return false }
            name = parts[0]
            portText = parts.count == 2 ? parts[1] : nil
        }
        if let portText {
            guard !portText.isEmpty, portText.allSatisfy({ $0.isASCII && $0.isNumber }), UInt16(portText) == port else {
                return false
            }
        } else if portRequired {
            return false
        }
        if names.contains(String(name)) { return true }
        if let localAddress, Self.name(forAddress: localAddress.lowercased()) == name { return true }
        return false
    }

    /// The names, loopback ones first: "127.0.0.1, localhost, [::1]".
    private var listed: String {
        let loopback = ["127.0.0.1", "localhost", "[::1]"]
        return (loopback + names.subtracting(loopback).sorted()).joined(separator: ", ")
    }

    /// A value from the request, shortened and limited to printable ASCII, to quote in a reply.
    static func printable(_ text: String) -> String {
        String(
            text.unicodeScalars.prefix(100).map {
                $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?"
            })
    }
}
