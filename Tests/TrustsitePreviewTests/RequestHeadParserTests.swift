import Testing

@testable import TrustsitePreview

@Suite struct RequestHeadParserTests {
    /// Feeds `text` to a parser in pieces of `chunk` bytes, as a socket might deliver it; stops at
    /// the first outcome other than `needMore`, returning it and how many bytes had been given.
    func parse(_ bytes: [UInt8], chunk: Int = 4096) -> (RequestHeadParser.Outcome, fed: Int) {
        var parser = RequestHeadParser()
        var received: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            received += bytes[offset..<min(offset + chunk, bytes.count)]
            offset = received.count
            let outcome = parser.parse(received)
            if outcome != .needMore { return (outcome, received.count) }
        }
        return (.needMore, received.count)
    }

    func parse(_ text: String, chunk: Int = 4096) -> RequestHeadParser.Outcome {
        parse(Array(text.utf8), chunk: chunk).0
    }

    func status(_ outcome: RequestHeadParser.Outcome) -> Int? {
        if case .refused(let refusal) = outcome { return refusal.status }
        return nil
    }

    @Test func aRequestIsReadWhateverItsPieces() throws {
        let text = "GET /plan/?q=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept:  text/html \r\n\r\nNEXT"
        for chunk in [1, 2, 7, 4096] {
            guard case .complete(let head, let consumed) = parse(text, chunk: chunk) else {
                Issue.record("not read in pieces of \(chunk)")
                continue
            }
            #expect(head.method == "GET")
            #expect(head.target == "/plan/?q=1")
            #expect(head.path == "/plan/")
            #expect(head.version == "HTTP/1.1")
            #expect(head.value("host") == "127.0.0.1:8080")
            #expect(head.value("Accept") == "text/html")
            #expect(consumed == text.utf8.count - 4)
        }
    }

    @Test func bareLineFeedsAndALeadingEmptyLineAreAccepted() {
        guard case .complete(let head, _) = parse("\r\nHEAD / HTTP/1.0\nHost: localhost\n\n") else {
            Issue.record("not read")
            return
        }
        #expect(head.method == "HEAD")
        #expect(head.version == "HTTP/1.0")
        #expect(!head.keepsAlive)
    }

    @Test func aLongRequestLineIsRefusedAfterItsLimitNotItsEnd() {
        // A megabyte without a line break: refused once 8 KB have arrived, not after the megabyte.
        let line = Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let (outcome, fed) = parse(line)
        #expect(status(outcome) == 414)
        #expect(fed <= 8 * 1024 + 4096)
        #expect(status(parse("GET /" + String(repeating: "a", count: 8 * 1024) + " HTTP/1.1\r\n\r\n")) == 414)
        #expect(status(parse("GET /" + String(repeating: "a", count: 8000) + " HTTP/1.1\r\nHost: x\r\n\r\n")) == nil)
    }

    /// A line of exactly the limit is accepted whether its CR and LF arrive together or apart.
    @Test func aLineOfExactlyTheLimitIsAcceptedHoweverItArrives() {
        let target = "/" + String(repeating: "a", count: 8 * 1024 - "GET  HTTP/1.1".count - 1)
        let line = "GET \(target) HTTP/1.1"
        #expect(line.utf8.count == 8 * 1024)
        let request = Array((line + "\r\nHost: x\r\n\r\n").utf8)
        let endOfLine = line.utf8.count + 1
        var parser = RequestHeadParser()
        #expect(parser.parse(Array(request[..<endOfLine])) == .needMore, "refused while the CR waited for its LF")
        guard case .complete = parser.parse(request) else {
            Issue.record("a request line of exactly the limit was not read")
            return
        }
    }

    @Test func longOrManyHeadersAreRefused() {
        let longLine = "GET / HTTP/1.1\r\nX-Long: " + String(repeating: "b", count: 1_000_000)
        let (outcome, fed) = parse(Array(longLine.utf8))
        #expect(status(outcome) == 431)
        #expect(fed <= 8 * 1024 + 4096 + 16)
        // 1 MB of headers, each under the line limit: refused once the head passes 64 KB.
        let manyBytes =
            "GET / HTTP/1.1\r\n"
            + String(repeating: "X-Filler: " + String(repeating: "c", count: 4000) + "\r\n", count: 250)
        let (bulky, bulkyFed) = parse(Array(manyBytes.utf8))
        #expect(status(bulky) == 431)
        #expect(bulkyFed <= 64 * 1024 + 4096)
        let many = "GET / HTTP/1.1\r\n" + String(repeating: "X-A: 1\r\n", count: 101) + "\r\n"
        #expect(status(parse(many)) == 431)
        let enough = "GET / HTTP/1.1\r\n" + String(repeating: "X-A: 1\r\n", count: 100) + "\r\n"
        #expect(status(parse(enough)) == nil)
    }

    @Test(arguments: [
        "GET\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
        "GET / SPDY/3\r\n\r\n", "GET / HTTP/1.1\r\nNo colon\r\n\r\n", "GET / HTTP/1.1\r\nName : v\r\n\r\n",
        "GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nA: x\u{01}y\r\n\r\n",
        "GET / HTTP/1.1\r\n: empty name\r\n\r\n",
    ])
    func malformedHeadsAreBadRequests(_ text: String) {
        #expect(status(parse(text)) == 400)
    }

    @Test func otherVersionsAreRefused() {
        #expect(status(parse("GET / HTTP/2.0\r\n\r\n")) == 505)
    }

    @Test func keepAliveFollowsTheVersionAndConnectionHeader() {
        func keepsAlive(_ text: String) -> Bool? {
            if case .complete(let head, _) = parse(text) { return head.keepsAlive }
            return nil
        }
        #expect(keepsAlive("GET / HTTP/1.1\r\n\r\n") == true)
        #expect(keepsAlive("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") == false)
        #expect(keepsAlive("GET / HTTP/1.0\r\n\r\n") == false)
        #expect(keepsAlive("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") == true)
    }
}
