import Foundation
import Mustache
import TrustsiteMarkdown
import TrustsiteTheme

/// The templates and assets a site is rendered with: the default theme, with any file of the
/// same path in the site's own `templates/` folder taking its place.
struct Theme: Sendable {
    static let folder = "templates"
    /// The template each page kind needs.
    static let requiredTemplates = [
        "layout", "home", "plan", "plan-whole", "plan-section", "plan-theme", "priority", "indicator", "outcomes",
        "outcome",
        "reviews", "review",
        "board",
        "offer", "service", "page", "accessibility", "search", "not-found",
    ]

    let library: MustacheLibrary
    /// The files under `assets/`, published under hashed names (and their plain ones).
    let assets: ThemeAssets
    /// What was wrong with the site's templates and assets, reported again each time a kept theme
    /// is reused (the preview keeps one until a template changes).
    let problems: [Diagnostic]
    /// The templates' text, for findings about what they write.
    var sources = TemplateSources.none

    /// The theme, with every problem reported in `log`. A template of the site's that cannot be
    /// read or compiled is reported and the default theme's of that name used in its place (an
    /// asset whose name cannot be published is left out), so the pages are still rendered and
    /// checked; the errors refuse the build. Nil only when a template every site needs is missing
    /// from the default theme too.
    static func load(siteRoot: URL, log: DiagnosticLog) -> Theme? {
        let found = DiagnosticLog()
        let theme = load(siteRoot: siteRoot, reportingTo: found)
        for problem in found.diagnostics { log.report(problem) }
        return theme
    }

    private static func load(siteRoot: URL, reportingTo log: DiagnosticLog) -> Theme? {
        var files: [String: (data: Data, origin: String)] = [:]
        for (path, text) in DefaultTheme.files {
            files[path] = (Data(text.utf8), "the default theme's \(path)")
        }
        let context = LoadContext(root: siteRoot, log: log, markdown: .init(), cache: nil)
        for path in context.files(in: folder, recursive: true) {
            guard let data = FileManager.default.contents(atPath: siteRoot.appending(path: path).path) else { continue }
            files[String(path.dropFirst(folder.count + 1))] = (data, path)
        }
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: TemplateSources.Source] = [:]
        var assets: [String: Data] = [:]
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("assets/") {
                // Published at /assets/...: the same rule as every other name in an address.
                if let problem = AddressNames.problem(in: folder + "/" + path, below: folder) {
                    log.report(problem)
                    continue
                }
                assets[path] = file.data
                continue
            }
            guard path.hasSuffix(".mustache") else { continue }
            let name = String(path.dropLast(".mustache".count))
            // The text of the template used, for findings about what it writes.
            var used = file.data
            if let template = compile(file.data, origin: file.origin, log: log) {
                templates[name] = template
            } else if let text = DefaultTheme.files[path],
                let template = compile(Data(text.utf8), origin: "the default theme's \(path)", log: log)
            {
                templates[name] = template
                used = Data(text.utf8)
            } else {
                continue
            }
            sources[name] = TemplateSources.Source(
                file: folder + "/" + path,
                lines: String(decoding: used, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false))
        }
        var complete = true
        for name in requiredTemplates where templates[name] == nil {
            log.error(
                SourceLocation(file: "\(folder)/\(name).mustache"), "the template '\(name)' is missing.",
                hint: "Add \(folder)/\(name).mustache, or delete your copy's empty file to use the default theme's.")
            complete = false
        }
        guard complete else { return nil }
        let published = ThemeAssets(assets)
        for clash in published.clashes {
            log.warning(
                SourceLocation(file: folder + "/" + clash.path),
                "templates cannot name this asset as {{assets.\(clash.field)}}: that name is \(folder)/\(clash.keptBy)'s.",
                hint: "Rename one of the two files; templates can still link to this one by its plain address.")
        }
        return Theme(
            library: MustacheLibrary(templates: templates), assets: published, problems: log.diagnostics,
            sources: TemplateSources(sources))
    }

    private static func compile(_ data: Data, origin: String, log: DiagnosticLog) -> MustacheTemplate? {
        let file =
            origin.hasPrefix("the default theme")
            ? folder + "/" + (origin.split(separator: " ").last ?? "")
            : origin
        guard let text = String(data: data, encoding: .utf8) else {
            log.error(
                SourceLocation(file: String(file)), "the template is not valid UTF-8 text.",
                hint: "Save it as UTF-8.")
            return nil
        }
        do {
            return try MustacheTemplate(string: TemplateEscaping.pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            // The pragma line added above is not the author's: count lines as they wrote them.
            log.error(
                SourceLocation(
                    file: String(file), line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                "the template cannot be read: \(describe(error.error)).",
                hint: "The line reads: \(error.context.line.trimmedWhitespace)\n"
                    + "Check that every {{#section}} has a matching {{/section}} and every tag is closed with }}.")
        } catch {
            log.error(SourceLocation(file: String(file)), "the template cannot be read: \(error).")
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not finished"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "a set-delimiter tag is malformed"
        default: "\(error)"
        }
    }
}
