import Testing

@testable import TrustsitePreview

@Suite struct HostPolicyTests {
    let policy = HostPolicy(host: "127.0.0.1", port: 8080)

    func answers(_ host: String?, version: String = "HTTP/1.1", local: String? = "127.0.0.1") -> Int? {
        policy.refusal(host: host, version: version, localAddress: local)?.status
    }

    @Test(arguments: ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080", "127.0.0.1", "localhost"])
    func theListenedNamesAreAnswered(_ host: String) {
        #expect(answers(host) == nil)
    }

    @Test(arguments: [
        "evil.example:8080", "evil.example", "127.0.0.1:8081", "localhost:80", "localhost.:8080",
        "127.0.0.1.nip.io:8080",
        "127.0.0.1:8080:8080", "[::1]x", "[::1", "::1", "localhost:+8080", "localhost:", "",
        "127.0.0.1@evil.example:8080",
    ])
    func otherHostsAreMisdirected(_ host: String) {
        #expect(answers(host) == 421)
    }

    @Test func aMissingHostIsABadRequestInHTTP11Only() {
        #expect(answers(nil) == 400)
        #expect(answers(nil, version: "HTTP/1.0") == nil)
    }

    @Test func theRefusalSaysWhereToGoAndQuotesTheHostSafely() throws {
        let refusal = try #require(
            policy.refusal(host: "evil.example:8080\u{7}", version: "HTTP/1.1", localAddress: nil))
        #expect(refusal.reason.contains("\"evil.example:8080?\""))
        #expect(refusal.reason.contains("http://127.0.0.1:8080/"))
    }

    @Test func theHostOptionAndTheConnectionsOwnAddressAreAnswered() {
        let named = HostPolicy(host: "192.168.1.5", port: 8080)
        #expect(named.refusal(host: "192.168.1.5:8080", version: "HTTP/1.1", localAddress: nil) == nil)
        let ipv6 = HostPolicy(host: "::1", port: 8080)
        #expect(ipv6.names.contains("[::1]"))
        // Listening on every address: the address a connection arrived on is the name to use.
        let wildcard = HostPolicy(host: "0.0.0.0", port: 8080)
        #expect(!wildcard.names.contains("0.0.0.0"))
        #expect(wildcard.refusal(host: "10.0.0.7:8080", version: "HTTP/1.1", localAddress: "10.0.0.7") == nil)
        #expect(wildcard.refusal(host: "10.0.0.8:8080", version: "HTTP/1.1", localAddress: "10.0.0.7")?.status == 421)
        #expect(wildcard.refusal(host: "0.0.0.0:8080", version: "HTTP/1.1", localAddress: "127.0.0.1")?.status == 421)
    }

    @Test func onlyThePreviewsOwnOriginsMayOpenTheSocket() {
        #expect(policy.allows(origin: "http://127.0.0.1:8080", localAddress: nil))
        #expect(policy.allows(origin: "http://localhost:8080", localAddress: nil))
        #expect(policy.allows(origin: "http://[::1]:8080", localAddress: nil))
        for origin in [
            nil, "null", "http://evil.example:8080", "https://127.0.0.1:8080", "http://127.0.0.1",
            "http://127.0.0.1:8081",
            "http://localhost:8080/", "file://",
        ] {
            #expect(!policy.allows(origin: origin, localAddress: nil), "\(origin ?? "no origin")")
        }
        #expect(HostPolicy(host: "127.0.0.1", port: 80).allows(origin: "http://127.0.0.1", localAddress: nil))
    }
}
