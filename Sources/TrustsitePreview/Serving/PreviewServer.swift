import FlyingFox
import FlyingSocks
import Foundation
import TrustsiteCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serves the in-memory site over HTTP, with the preview's own files under `/__trustsite/`.
final class PreviewServer: Sendable {
    let server: HTTPServer
    let state: PreviewState

    init(host: String, port: UInt16, state: PreviewState) throws {
        self.state = state
        let name = host == "localhost" ? "127.0.0.1" : host
        try PortProbe.check(host: name, port: port)
        let address: any SocketAddress =
            name.contains(":") ? try sockaddr_in6.inet6(ip6: name, port: port) : try sockaddr_in.inet(ip4: name, port: port)
        // `timeout` bounds how long a handler may take to answer; FlyingFox has no idle timeout, so a
        // connection that never finishes its request is held (without blocking others) until the
        // client closes it, and every held connection is a file descriptor. When the process runs out
        // of them, FlyingFox's accept loop ends and the preview stops; so use all the process may have.
        Self.raiseOpenFileLimit()
        server = HTTPServer(address: address, timeout: 30, logger: .disabled)
    }

    /// Raises the soft limit on open files to the hard limit (many systems start processes at 1,024,
    /// or 256 on macOS, with a far higher hard limit), capped at 65,536 (10,240 on macOS).
    static func raiseOpenFileLimit() {
        #if canImport(Glibc)
            let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
            let cap: rlim_t = 65_536
        #else
            let resource = RLIMIT_NOFILE
            let cap = rlim_t(OPEN_MAX)
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return }
        let wanted = min(limit.rlim_max, cap)
        guard limit.rlim_cur < wanted else { return }
        limit.rlim_cur = wanted
        _ = setrlimit(resource, &limit)
    }

    func start() async throws {
        await server.appendRoute("GET /__trustsite/live", to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadSocket(state: state))))
        await server.appendRoute("GET /__trustsite/live.js") { _ in Self.response(Data(PreviewAssets.liveScript.utf8), type: "text/javascript; charset=utf-8") }
        await server.appendRoute("GET /__trustsite/preview.css") { _ in Self.response(Data(PreviewAssets.stylesheet.utf8), type: "text/css; charset=utf-8") }
        await server.appendRoute("GET /__trustsite/rules") { _ in Self.response(Data(PreviewAssets.rulesPage().utf8), type: "text/html; charset=utf-8") }
        await server.appendRoute("GET /__trustsite/status.json") { [state] _ in
            let snapshot = await state.snapshot
            return Self.response(Data(PreviewStatus(snapshot).json.utf8), type: "application/json")
        }
        await server.appendRoute("GET *") { [state] request in await Self.serve(request.target.path(), state: state) }
        await server.appendRoute("HEAD *") { [state] request in await Self.serve(request.target.path(), state: state) }
        try await server.run()
    }

    var listeningPort: UInt16? {
        get async {
            switch await server.listeningAddress {
            case .ip4(_, let port)?, .ip6(_, let port)?: return port
            default: return nil
            }
        }
    }

    func waitUntilListening() async throws {
        try await server.waitUntilListening(timeout: 10)
    }

    func stop() async {
        await server.stop(timeout: 1)
    }

    static func serve(_ path: String, state: PreviewState) async -> HTTPResponse {
        let snapshot = await state.snapshot
        switch SitePath.resolve(path, exists: { snapshot.files[$0] != nil || ($0.hasPrefix("search/") && snapshot.file($0) != nil) }) {
        case .file(let file):
            guard let data = snapshot.file(file) else { return notFound(snapshot) }
            return response(html(data, outputPath: file, snapshot: snapshot), type: ContentTypes.type(for: file))
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .notFound:
            return notFound(snapshot)
        }
    }

    private static func notFound(_ snapshot: SiteSnapshot) -> HTTPResponse {
        let body = snapshot.files["404.html"].map { html($0, outputPath: "404.html", snapshot: snapshot) }
            ?? Data("Not found\n".utf8)
        return HTTPResponse(statusCode: .notFound,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: body)
    }

    private static func html(_ data: Data, outputPath: String, snapshot: SiteSnapshot) -> Data {
        guard outputPath.hasSuffix(".html"), let text = String(data: data, encoding: .utf8) else { return data }
        return Data(PreviewInjection.inject(into: text, outputPath: outputPath, snapshot: snapshot).utf8)
    }

    static func response(_ data: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }
}

/// The preview's state as JSON, for scripts and tests: `GET /__trustsite/status.json`.
struct PreviewStatus {
    let snapshot: SiteSnapshot

    init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
    }

    var json: String {
        let errors = snapshot.report?.errorCount ?? 0
        let warnings = snapshot.report?.warningCount ?? 0
        let failed = snapshot.failure.map { !$0.isEmpty } ?? false
        return "{\"version\": \(snapshot.version), \"errors\": \(errors), \"warnings\": \(warnings), "
            + "\"buildFailed\": \(failed), \"pagesRendered\": \(snapshot.pagesRendered), "
            + "\"seconds\": \(snapshot.seconds)}\n"
    }
}
