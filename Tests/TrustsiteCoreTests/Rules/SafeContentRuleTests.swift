import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct SafeContentRuleTests {
    func findings(_ change: (TestSite) throws -> Void) throws -> [String] {
        let site = try TestSite()
        defer { site.cleanUp() }
        try change(site)
        guard
            case .checked(let report) = SiteInspection(
                root: site.root, clock: BuildClock(today: Day(iso: "2026-11-22")!)
            ).run()
        else {
            Issue.record("the site did not load")
            return []
        }
        return report.diagnostics.filter { $0.ruleID == "SITE-SAFE-CONTENT" }
            .map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func javascriptLinksAreRefused() throws {
        let found = try findings {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\nEmail us or [click me](javascript:alert(1)) or [also](JavaScript:alert(2)).\n"
            )
        }
        #expect(
            found == [
                "content/pages/contact.md:4:13: error: the link \"click me\" uses an unsafe address (javascript:).",
                "content/pages/contact.md:4:48: error: the link \"also\" uses an unsafe address (javascript:).",
            ])
    }

    @Test func dataImagesAndVBScriptAreRefused() throws {
        let found = try findings {
            try $0.write(
                "content/pages/contact.md",
                "---\ntitle: Contact us\n---\n![A map](data:text/html;base64,PHNjcmlwdD4=)\n\n[x](vbscript:msgbox)\n")
        }
        #expect(found.count == 2)
    }

    @Test func unsafeServiceWebAddressIsRefused() throws {
        let found = try findings {
            try $0.replace(
                "contact: { email: youth@fernlow.example",
                with: "contact: { web: \"javascript:alert(1)\", email: youth@fernlow.example",
                in: "content/offer/services/youth-club.md")
        }
        #expect(
            found == [
                "content/offer/services/youth-club.md:10:17: error: the address javascript:alert(1) uses an unsafe scheme."
            ])
    }

    @Test func scriptsHandlersAndFramesInAllowedRawHTMLAreRefused() throws {
        let found = try findings { site in
            try site.replace("fictional: true", with: "fictional: true\nallow_raw_html: true", in: "trustsite.yml")
            try site.write(
                "content/pages/contact.md",
                """
                ---
                title: Contact us
                ---
                <div class="note">Allowed HTML</div>

                <script>alert(1)</script>

                Text with <img src="x.png" alt="x" onerror="alert(1)"> inline.

                <iframe src="https://example.org/"></iframe>
                """)
        }
        #expect(
            found == [
                "content/pages/contact.md:6:1: error: raw HTML here contains a <script> element, which trustsite never publishes.",
                "content/pages/contact.md:8:11: error: raw HTML here contains an event handler attribute, which trustsite never publishes.",
                "content/pages/contact.md:10:1: error: raw HTML here contains a <iframe> element, which trustsite never publishes.",
            ])
    }

    @Test func safeAddressesPass() {
        for url in [
            "https://example.org/", "/plan/", "#top", "mailto:a@b.example", "tel:01632960000", "../plan/", "page?q=a:b",
        ] {
            #expect(SafeContentRule.isSafe(url), "\(url)")
        }
        for url in [
            "javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
        ] {
            #expect(!SafeContentRule.isSafe(url), "\(url)")
        }
        #expect(SafeContentRule.problem(in: "<p class=\"one\">money</p>") == nil)
        #expect(SafeContentRule.problem(in: "<a href=\"/x\" onclick = \"x()\">") == "an event handler attribute")
        // As a browser reads it: any white space separates attributes, references are decoded,
        // and tabs inside a scheme do not count.
        #expect(SafeContentRule.problem(in: "<img src=x onerror\n=alert(1)>") == "an event handler attribute")
        #expect(SafeContentRule.problem(in: "<img src=x alt=a\u{0C}onerror=alert(1)>") == "an event handler attribute")
        #expect(SafeContentRule.problem(in: "<a href=\"jav&#x61;script:x\">") == "a script address")
        #expect(SafeContentRule.problem(in: "<a href=\"&#106;avascript:x\">") == "a script address")
        #expect(SafeContentRule.problem(in: "<a href=\"java&#9;script:x\">") == "a script address")
        #expect(SafeContentRule.problem(in: "<a href=\"javascript&colon;x\">") == "a script address")
        #expect(SafeContentRule.problem(in: "<p>Fish &amp; chips, one &lt; two</p>") == nil)
    }
}
