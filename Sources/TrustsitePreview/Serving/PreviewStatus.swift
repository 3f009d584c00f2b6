import TrustsiteCore

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
