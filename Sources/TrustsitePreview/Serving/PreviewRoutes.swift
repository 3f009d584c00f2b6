import Foundation
import TrustsiteCore

/// What the preview answers at each address: its own files under `/__trustsite/`, and the site.
struct PreviewRoutes: Sendable {
    let state: PreviewState

    /// The response to a GET or HEAD (HEAD sends the same headers, without the body).
    func response(for head: RequestHead) async -> PreviewResponse {
        switch head.path {
        case "/__trustsite/live.js":
            return .ok(Data(PreviewAssets.liveScript.utf8), type: "text/javascript; charset=utf-8")
        case "/__trustsite/preview.css":
            return .ok(Data(PreviewAssets.stylesheet.utf8), type: "text/css; charset=utf-8")
        case "/__trustsite/rules":
            return .ok(Data(PreviewAssets.rulesPage().utf8), type: "text/html; charset=utf-8")
        case "/__trustsite/status.json":
            let snapshot = await state.snapshot
            return .ok(Data(PreviewStatus(snapshot).json.utf8), type: "application/json")
        default:
            return await Self.serve(head.target, state: state)
        }
    }

    func reloadSocket(limits: HTTPLimits) -> ReloadSocket {
        ReloadSocket(state: state, limits: limits)
    }

    /// A file of the in-memory site, with the preview's additions in HTML pages.
    static func serve(_ path: String, state: PreviewState) async -> PreviewResponse {
        let snapshot = await state.snapshot
        switch SitePath.resolve(
            path, exists: { snapshot.files[$0] != nil || ($0.hasPrefix("search/") && snapshot.file($0) != nil) })
        {
        case .file(let file):
            guard let data = snapshot.file(file) else { return notFound(snapshot) }
            return .ok(html(data, outputPath: file, snapshot: snapshot), type: ContentTypes.type(for: file))
        case .redirect(let location):
            return PreviewResponse(
                status: 301,
                fields: [
                    HeaderField(name: "Location", value: location),
                    HeaderField(name: "Cache-Control", value: "no-store"),
                ])
        case .notFound:
            return notFound(snapshot)
        }
    }

    private static func notFound(_ snapshot: SiteSnapshot) -> PreviewResponse {
        let body =
            snapshot.files["404.html"].map { html($0, outputPath: "404.html", snapshot: snapshot) }
            ?? Data("Not found\n".utf8)
        var response = PreviewResponse.ok(body, type: "text/html; charset=utf-8")
        response.status = 404
        return response
    }

    private static func html(_ data: Data, outputPath: String, snapshot: SiteSnapshot) -> Data {
        guard outputPath.hasSuffix(".html"), let text = String(data: data, encoding: .utf8) else { return data }
        return Data(PreviewInjection.inject(into: text, outputPath: outputPath, snapshot: snapshot).utf8)
    }
}
