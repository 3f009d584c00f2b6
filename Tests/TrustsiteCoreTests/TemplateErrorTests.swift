import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct TemplateErrorTests {
    @Test func templateSyntaxErrorNamesFileAndLine() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write(
            "templates/page.mustache", "<h1>{{page.title}}</h1>\n{{#document}}\n{{{body_html}}}\n{{/documents}}\n")
        let log = DiagnosticLog()
        let theme = try #require(Theme.load(siteRoot: site.root, log: log))
        let message = try #require(log.diagnostics.first?.formatted)
        #expect(message.hasPrefix("templates/page.mustache:4:"))
        #expect(
            message.contains(
                "error: the template cannot be read: a section is closed with a different name than it was opened with."
            ))
        // The default theme's page template stands in, so every page is still rendered and checked.
        #expect(theme.library.render(["page": ["title": "A"]], withTemplate: "page")?.contains("A") == true)
        #expect(theme.problems.map(\.formatted) == log.diagnostics.map(\.formatted))
    }

    @Test func siteTemplateOverridesTheDefault() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("templates/page.mustache", "<h1>Custom {{page.title}}</h1>\n")
        let log = DiagnosticLog()
        let theme = try #require(Theme.load(siteRoot: site.root, log: log))
        #expect(theme.library.render(["page": ["title": "A"]], withTemplate: "page") == "<h1>Custom A</h1>\n")
        #expect(theme.assets.published["assets/site.css"] != nil)
    }
}
