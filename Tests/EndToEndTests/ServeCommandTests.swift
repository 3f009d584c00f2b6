import Foundation
import Testing

/// `trustsite serve`, started as a user starts it, on a free port.
@Suite(.serialized) struct ServeCommandTests {
    /// A running preview of a copy of the minimal fixture.
    final class RunningPreview {
        let site: FixtureCopy
        let process = Process()
        let output = Pipe()
        private(set) var port = 0

        init(site: FixtureCopy? = nil) throws {
            self.site = try site ?? FixtureCopy()
            process.executableURL = TrustsiteBinary.url
            process.arguments = ["serve", "--site", self.site.root.path, "--port", "0", "--today", "2026-11-22"]
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let line = try Self.readLine(output.fileHandleForReading)
            guard let range = line.range(of: "http://127.0.0.1:"),
                let port = Int(line[range.upperBound...].prefix { $0.isNumber })
            else { throw PreviewError.noURL(line) }
            self.port = port
        }

        static func readLine(_ handle: FileHandle) throws -> String {
            var bytes: [UInt8] = []
            while let byte = try handle.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") { bytes.append(byte) }
            return String(decoding: bytes, as: UTF8.self)
        }

        func get(_ path: String) throws -> (status: Int, body: String) {
            let result = try Self.curl([
                "-s", "--path-as-is", "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)",
            ])
            let status = Int(result.split(separator: "\n").last ?? "") ?? 0
            return (status, String(result.dropLast(String(status).count)))
        }

        func headers(_ path: String) throws -> String {
            try Self.curl(["-s", "-o", "/dev/null", "-D", "-", "http://127.0.0.1:\(port)\(path)"])
        }

        /// Waits (up to 10 s) until `path` serves a body that satisfies `condition`.
        func waitFor(_ path: String, _ condition: (String) -> Bool) throws -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if condition(try get(path).body) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }

        static func curl(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            // Bounded, so a preview that stops answering fails the test instead of hanging it.
            process.arguments = ["--max-time", "10"] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        /// Ctrl-C, then its exit status; a preview still running 10 s later is killed, and -1 returned.
        func stop() -> Int32 {
            process.interrupt()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            let ignored = process.isRunning
            if ignored { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            site.cleanUp()
            return ignored ? -1 : process.terminationStatus
        }
    }

    enum PreviewError: Error {
        case noURL(String)
    }

    @Test func servesPagesWithThePreviewReportAndNoStore() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        let home = try preview.get("/")
        #expect(home.status == 200)
        #expect(home.body.contains("<h1"))
        #expect(home.body.contains("<aside class=\"ts-panel\""))
        #expect(home.body.contains("new WebSocket("))
        let headers = try preview.headers("/plan/")
        #expect(headers.contains("Cache-Control: no-store"))
        #expect(headers.contains("Content-Type: text/html; charset=utf-8"))
        #expect(try preview.headers("/assets/site.css").contains("Content-Type: text/css"))
        #expect(try preview.get("/plan").status == 301)
        #expect(try preview.get("/no-such-page/").status == 404)
        #expect(try preview.get("/__trustsite/rules").body.contains("id=\"REVIEW-PROGRESS\""))
        // The search index is made when first asked for, then served like any file.
        #expect(try preview.get("/search/meta.json").body.hasPrefix("{\"pages\":"))
        #expect(try preview.headers("/search/meta.json").contains("Content-Type: application/json"))
    }

    @Test func anEditIsServedWithoutRestarting() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        try preview.site.replace(
            "Sports, music and a quiet room.", with: "Sports, music, a quiet room and a new climbing wall.",
            in: "content/offer/services/youth-club.md")
        #expect(try preview.waitFor("/offer/youth-club/") { $0.contains("a new climbing wall") })
    }

    @Test func twoFoldersExchangingNamesAreServedSwapped() throws {
        let site = try FixtureCopy()
        for name in ["alpha", "beta"] {
            try site.write(
                "content/pages/\(name)/index.md", "---\ntitle: The \(name) page\n---\nThe text written for \(name).\n")
        }
        let preview = try RunningPreview(site: site)
        defer { _ = preview.stop() }
        #expect(try preview.get("/alpha/").body.contains("The text written for alpha."))
        let pages = site.root.appending(path: "content/pages")
        try FileManager.default.moveItem(at: pages.appending(path: "alpha"), to: pages.appending(path: "swap"))
        try FileManager.default.moveItem(at: pages.appending(path: "beta"), to: pages.appending(path: "alpha"))
        try FileManager.default.moveItem(at: pages.appending(path: "swap"), to: pages.appending(path: "beta"))
        #expect(try preview.waitFor("/alpha/") { $0.contains("The text written for beta.") })
        #expect(try preview.waitFor("/beta/") { $0.contains("The text written for alpha.") })
    }

    @Test func aContentFolderReplacedByRenameIsServed() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        let root = preview.site.root
        try FileManager.default.copyItem(at: root.appending(path: "content"), to: root.appending(path: "content.new"))
        try preview.site.replace(
            "Sports, music and a quiet room.", with: "Sports, music and a roof garden.",
            in: "content.new/offer/services/youth-club.md")
        try FileManager.default.moveItem(at: root.appending(path: "content"), to: root.appending(path: "content.old"))
        try FileManager.default.moveItem(at: root.appending(path: "content.new"), to: root.appending(path: "content"))
        #expect(try preview.waitFor("/offer/youth-club/") { $0.contains("a roof garden") })
        // The new folder is watched: an edit to it is served too.
        try preview.site.replace("a roof garden", with: "a climbing wall", in: "content/offer/services/youth-club.md")
        #expect(try preview.waitFor("/offer/youth-club/") { $0.contains("a climbing wall") })
    }

    @Test func aBrokenFileShowsTheOverlayUntilItIsFixed() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        try preview.site.replace("published: 2025-04-01", with: "published: [never", in: "content/plan/index.md")
        #expect(
            try preview.waitFor("/plan/") {
                $0.contains("The site cannot be built") && $0.contains("content/plan/index.md:10:")
            })
        // The last good build is still served underneath the overlay.
        #expect(try preview.get("/plan/").body.contains("Children and Young People"))
        try preview.site.replace("published: [never", with: "published: 2025-04-01", in: "content/plan/index.md")
        #expect(try preview.waitFor("/plan/") { !$0.contains("The site cannot be built") })
    }

    @Test func theReportPanelListsAPagesFindings() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        try preview.site.replace("last_checked: 2026-04-01\n", with: "", in: "content/offer/services/youth-club.md")
        #expect(
            try preview.waitFor("/offer/youth-club/") {
                $0.contains("<a href=\"/__trustsite/rules#OFFER-UP-TO-DATE\">OFFER-UP-TO-DATE</a>")
            })
    }

    @Test(arguments: ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "//etc/passwd"])
    func traversalIsRefused(_ path: String) throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        let response = try preview.get(path)
        #expect(response.status == 404)
        #expect(!response.body.contains("root:"))
    }

    @Test func ctrlCStopsCleanly() throws {
        let preview = try RunningPreview()
        #expect(preview.stop() == 0)
    }

    @Test func ctrlCAsSoonAsItServesStopsIt() throws {
        // Interrupted the moment it says it is serving, several times: a signal handler installed
        // late (after the line) lost about 1 interrupt in 10 on a busy machine, and the preview ran on.
        for _ in 0..<5 {
            #expect(try RunningPreview().stop() == 0)
        }
    }

    @Test func aTakenPortIsExplained() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        let second = try TrustsiteBinary.run([
            "serve", "--site", preview.site.root.path, "--port", String(preview.port),
        ])
        #expect(second.status == 1)
        #expect(second.stderr.contains("port \(preview.port) on 127.0.0.1 is already in use"))
    }

    @Test func theBuiltSiteIsNeverTouched() throws {
        let preview = try RunningPreview()
        defer { _ = preview.stop() }
        _ = try preview.get("/")
        #expect(!FileManager.default.fileExists(atPath: preview.site.root.appending(path: "site").path))
    }
}
