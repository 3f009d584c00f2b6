import Foundation
import Testing

@testable import TrustsiteCore

extension TestSite {
    /// Builds the site as `trustsite build --draft` does (published even with errors) into a new
    /// temporary folder, and returns that folder; remove it when done.
    func draftBuild(today: String = checkToday) throws -> URL {
        let output = FileManager.default.temporaryDirectory.appending(path: "trustsite-out-\(UUID().uuidString)")
        let builder = SiteBuilder(
            options: .init(
                siteRoot: root, output: output.appending(path: "site"), clock: BuildClock(today: Day(iso: today)!),
                draft: true))
        _ = try builder.build(log: DiagnosticLog())
        return output
    }
}

extension URL {
    /// The text of a file the build wrote, by its path in the site (`plan/index.html`).
    func page(_ path: String) throws -> String {
        try String(contentsOf: appending(path: "site/" + path), encoding: .utf8)
    }
}
