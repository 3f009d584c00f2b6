import FlyingFox
import FlyingSocks
import Foundation
import TrustsiteCore

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
        server = HTTPServer(address: address, timeout: 30, logger: .disabled)
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
        switch SitePath.resolve(path, exists: { snapshot.files[$0] != nil }) {
        case .file(let file):
            guard let data = snapshot.files[file] else { return notFound(snapshot) }
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
