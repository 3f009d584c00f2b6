import Foundation
import Testing

@testable import TrustsiteCore

/// A service offered at several sites, each with its address, opening hours, accessibility notes and contact.
@Suite struct ServiceSitesTests {
    static let service = "content/offer/services/youth-club.md"
    /// Two sites, written in place of the fixture's `where:` (line 12 of the file).
    static let sites = """
        sites:
          - name: Northgate Family Hub
            address: 1 High Street, Northgate
            hours: [{ days: Mon-Fri, opens: "09:00", closes: "17:00" }, { days: Sat, opens: "09:30", closes: "12:30" }]
            accessibility: Step-free; hearing loop at reception.
            contact: { phone: 01632 960 211 }
          - name: Southfield Library
            hours:
              - { days: "Tue, Thu", opens: "16:00", closes: "18:00" }
        """

    private func withSites(_ sites: String, change: (TestSite) throws -> Void = { _ in }) throws -> TestSite {
        let site = try TestSite()
        try site.replace("where: Fernlow Youth Centre", with: sites, in: Self.service)
        try change(site)
        return site
    }

    @Test func sitesAreRead() throws {
        let site = try withSites(Self.sites)
        defer { site.cleanUp() }
        let (content, _) = site.load()
        #expect(site.messages().isEmpty)
        let sites = try #require(content?.offer?.services.first?.sites)
        #expect(sites.map(\.name) == ["Northgate Family Hub", "Southfield Library"])
        #expect(sites.first?.address == "1 High Street, Northgate")
        #expect(sites.first?.hours.map(\.days) == [[1, 2, 3, 4, 5], [6]])
        #expect(sites.first?.hours.first?.daysInFull == "Monday to Friday")
        #expect(sites.first?.contact?.phone == "01632 960 211")
        #expect(
            sites.last?.hours == [OpeningHours(daysText: "Tue, Thu", days: [2, 4], opens: "16:00", closes: "18:00")])
    }

    @Test func badDaysAndTimesAreErrorsAtTheirLine() throws {
        let bad = Self.sites.replacingOccurrences(of: "days: Sat,", with: "days: Caturday,")
            .replacingOccurrences(of: "closes: \"18:00\"", with: "closes: \"6pm\"")
        let site = try withSites(bad)
        defer { site.cleanUp() }
        let messages = site.messages().map { $0.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(
            messages == [
                "content/offer/services/youth-club.md:15:73: error[OFFER-SERVICES]: 'sites[1].hours[2].days' is 'Caturday', which is not days of the week.",
                "content/offer/services/youth-club.md:20:53: error[OFFER-SERVICES]: 'sites[2].hours[1].closes' is '6pm', which is not a 24-hour time.",
            ])
    }

    @Test func aBackwardsRangeSaysSo() throws {
        let site = try withSites(Self.sites.replacingOccurrences(of: "days: Sat,", with: "days: \"Mon, Sun-Tue\","))
        defer { site.cleanUp() }
        #expect(
            site.messages().first?.hasPrefix(
                "content/offer/services/youth-club.md:15:73: error[OFFER-SERVICES]: 'sites[1].hours[2].days' is 'Mon, Sun-Tue': 'Sun-Tue' runs backwards through the week."
            ) == true, "\(site.messages())")
        #expect(OpeningHours.backwardsRange(in: "Mon-Fri, Sat") == nil)
        #expect(OpeningHours.backwardsRange(in: "Saturday to Monday") == "Saturday to Monday")
    }

    /// Two lines open at the same time on one day are a warning at the second; lines that only
    /// meet (one closes as the other opens) are not.
    @Test func overlappingHoursAreAWarning() throws {
        let overlapping = Self.sites.replacingOccurrences(
            of: "{ days: Sat, opens: \"09:30\", closes: \"12:30\" }",
            with:
                "{ days: \"Wed, Sat\", opens: \"12:00\", closes: \"19:00\" }, { days: Thu, opens: \"17:00\", closes: \"19:00\" }"
        )
        let site = try withSites(overlapping)
        defer { site.cleanUp() }
        let messages = site.messages().map { $0.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(
            messages == [
                "content/offer/services/youth-club.md:15:65: warning: 'sites[1].hours[2]' (Wednesday, Saturday, 12:00 to 19:00) overlaps 'sites[1].hours[1]' (Monday to Friday, 09:00 to 17:00) on Wednesday."
            ])
    }

    @Test func closingBeforeOpeningIsAnError() throws {
        let site = try withSites(Self.sites.replacingOccurrences(of: "closes: \"12:30\"", with: "closes: \"08:30\""))
        defer { site.cleanUp() }
        #expect(
            site.messages().first?.contains(
                "error[OFFER-SERVICES]: 'sites[1].hours[2]' closes at 08:30, not after it opens at 09:30.") == true,
            "\(site.messages())")
    }

    /// OFFER-SERVICES: a site's contact is a contact for the service.
    @Test func aSiteContactIsEnough() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { site in
            try site.replace("where: Fernlow Youth Centre", with: Self.sites, in: Self.service)
            try site.removeLines(containing: "contact: { email: youth@", in: Self.service)
        }
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    }

    @Test func noContactAnywhereStillFails() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { site in
            try site.replace(
                "where: Fernlow Youth Centre",
                with: Self.sites.replacingOccurrences(of: "    contact: { phone: 01632 960 211 }\n", with: ""),
                in: Self.service)
            try site.removeLines(containing: "contact: { email: youth@", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:1:1: error[OFFER-SERVICES]: the service \"Fernlow Youth Club\" does not say a contact (`contact:`)."
            ])
    }

    @Test func aPlaceholderSiteContactIsReportedWhereItIsWritten() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { site in
            try site.replace(
                "where: Fernlow Youth Centre",
                with: Self.sites.replacingOccurrences(of: "phone: 01632 960 211", with: "phone: TBC"), in: Self.service)
            try site.removeLines(containing: "contact: { email: youth@", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:16:23: error[OFFER-SERVICES]: 'sites[1].contact.phone' is a placeholder ('TBC'), not a phone number."
            ])
    }

    /// Each site has its heading, address, accessibility notes and an hours table with a caption and header
    /// cells; the JSON-LD gives each site's opening hours as `openingHoursSpecification`.
    @Test func sitesAreRenderedWithHoursTablesAndJSONLD() throws {
        let site = try withSites(Self.sites)
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("offer/youth-club/index.html")
        #expect(page.contains("<h2 id=\"service-sites\">Where and when</h2>"))
        #expect(page.contains("<h3 id=\"service-site-2\">Southfield Library</h3>"))
        #expect(page.contains("<caption id=\"service-site-1-hours\">Opening hours at Northgate Family Hub</caption>"))
        #expect(
            page.contains(
                "<tr><th scope=\"col\">Days</th><th scope=\"col\">Opens</th><th scope=\"col\">Closes</th></tr>"))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">Monday to Friday</th><td><time datetime=\"09:00\">09:00</time></td><td><time datetime=\"17:00\">17:00</time></td></tr>"
            ))
        #expect(page.contains("<dd>Step-free; hearing loop at reception.</dd>"))
        #expect(page.contains("<a href=\"tel:+441632960211\">01632 960 211</a>") || page.contains("01632 960 211"))
        // Southfield has no contact of its own: the service's contact is not repeated under it.
        let southfield = try #require(page.range(of: "Southfield Library</h3>"))
        #expect(!page[southfield.upperBound...].prefix(400).contains("Contact"))
        let jsonStart = try #require(page.range(of: "<script type=\"application/ld+json\">\n"))
        let jsonEnd = try #require(page.range(of: "\n</script>", range: jsonStart.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[jsonStart.upperBound..<jsonEnd.lowerBound].utf8))
        let channels = try #require((json as? [String: Any])?["availableChannel"] as? [[String: Any]])
        #expect(channels.count == 3)
        let place = try #require(channels[1]["serviceLocation"] as? [String: Any])
        let hours = try #require(place["openingHoursSpecification"] as? [[String: Any]])
        #expect(hours.first?["opens"] as? String == "09:00")
        #expect((hours.first?["dayOfWeek"] as? [String])?.first == "https://schema.org/Monday")
        #expect(hours.last?["dayOfWeek"] as? [String] == ["https://schema.org/Saturday"])
    }

    /// The search index finds a service by the name and address of any of its sites.
    @Test func sitesAreSearchable() throws {
        let site = try withSites(Self.sites)
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let entry = try #require(SearchIndex(content: content).entries.first { $0.url == "/offer/youth-club/" })
        #expect(entry.body.contains("Southfield Library"))
        #expect(entry.body.contains("1 High Street, Northgate"))
    }

    /// A site's name and address are escaped in the page and in its JSON-LD block, which still parses.
    @Test func hostileSiteTextIsEscaped() throws {
        let hostile = Self.sites.replacingOccurrences(
            of: "name: Southfield Library", with: "name: \"</script><script>alert(1)</script> & <b>\"")
        let site = try withSites(hostile)
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("offer/youth-club/index.html")
        #expect(!page.contains("<script>alert(1)"))
        #expect(
            page.contains(
                "<h3 id=\"service-site-2\">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;</h3>"))
        let jsonStart = try #require(page.range(of: "<script type=\"application/ld+json\">\n"))
        let jsonEnd = try #require(page.range(of: "\n</script>", range: jsonStart.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[jsonStart.upperBound..<jsonEnd.lowerBound].utf8))
        let channels = try #require((json as? [String: Any])?["availableChannel"] as? [[String: Any]])
        #expect(channels.last?["name"] as? String == "</script><script>alert(1)</script> & <b>")
    }
}
