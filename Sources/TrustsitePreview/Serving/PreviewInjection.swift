import Foundation
import TrustsiteCore
import TrustsiteEscaping

/// What the preview adds to every HTML page it serves, and never to a built site: the live-reload
/// script, the check report panel, and, when the last change could not be built, an overlay saying why.
enum PreviewInjection {
    static func inject(into html: String, outputPath: String, snapshot: SiteSnapshot) -> String {
        var page = html
        if let head = page.range(of: "</head>") {
            // Inline, so a reload costs no extra requests.
            page.replaceSubrange(head, with: "<style>\n" + PreviewAssets.stylesheet + "\n</style>\n</head>")
        }
        let additions =
            overlay(snapshot) + panel(outputPath: outputPath, snapshot: snapshot)
            + "<script>\n" + PreviewAssets.liveScript + "\n</script>\n"
        if let body = page.range(of: "</body>", options: .backwards) {
            page.replaceSubrange(body, with: additions + "</body>")
        } else {
            page += additions
        }
        return page
    }

    private static func overlay(_ snapshot: SiteSnapshot) -> String {
        guard let failure = snapshot.failure, !failure.isEmpty else { return "" }
        var html =
            "<div class=\"ts-overlay\" role=\"alertdialog\" aria-modal=\"true\" aria-labelledby=\"ts-overlay-title\" "
            + "aria-describedby=\"ts-overlay-errors\" tabindex=\"-1\">\n<div class=\"ts-overlay__box\">\n"
            + "<h2 id=\"ts-overlay-title\">The site cannot be built</h2>\n<ul id=\"ts-overlay-errors\">\n"
        for diagnostic in failure {
            html += "<li><code>\(escape(diagnostic.location.description))</code> \(escape(diagnostic.message))"
            if let hint = diagnostic.hint { html += "<pre>\(escape(hint))</pre>" }
            html += "</li>\n"
        }
        html +=
            "</ul>\n<p>Fix the file and save it: this page reloads by itself. Until then it shows the last version that built.</p>\n</div>\n</div>\n"
        return html
    }

    private static func panel(outputPath: String, snapshot: SiteSnapshot) -> String {
        guard let report = snapshot.report else { return "" }
        let sources = snapshot.pageSources[outputPath] ?? []
        let forPage = report.diagnostics.filter { sources.contains($0.location.file) }
        let summary =
            "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), "
            + "\(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
        let html =
            "<aside class=\"ts-panel\" aria-labelledby=\"ts-panel-title\">\n<details\(report.errorCount > 0 ? " open" : "")>\n"
            + "<summary><span id=\"ts-panel-title\">Check report</span>: \(summary)</summary>\n"
            + "<h2>On this page</h2>\n" + list(forPage, empty: "Nothing to fix on this page.")
            + "<h2>Whole site</h2>\n" + list(report.diagnostics, empty: "The site meets every rule.")
            + "<p>Preview only: this panel and live reload are not part of the built site.</p>\n</details>\n</aside>\n"
        return html
    }

    private static func list(_ diagnostics: [Diagnostic], empty: String) -> String {
        guard !diagnostics.isEmpty else { return "<p>\(escape(empty))</p>\n" }
        var html = "<ul>\n"
        for diagnostic in diagnostics {
            let label = diagnostic.severity == .error ? "Error" : "Warning"
            html += "<li><strong>\(label)</strong> "
            if let rule = diagnostic.ruleID {
                html += "<a href=\"/__trustsite/rules#\(escape(rule))\">\(escape(rule))</a> "
            }
            html += "<code>\(escape(diagnostic.location.description))</code> \(escape(diagnostic.message))</li>\n"
        }
        return html + "</ul>\n"
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
