import Foundation
import Testing

@testable import TrustsiteCore

/// A service's `ages:` as directories write them: years, months, "under N", and an older upper age with SEND.
@Suite struct ServiceAgesTests {
    static let service = "content/offer/services/youth-club.md"
    static let agesLine = "ages: { from: 11, to: 19 }"

    /// Loads the fixture with the youth club's `ages:` line replaced by `line`.
    private func loaded(_ line: String) throws -> (ages: ServiceAges?, messages: [String]) {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(Self.agesLine, with: line, in: Self.service)
        let (content, _) = site.load()
        return (content?.offer?.services.first?.ages, site.messages())
    }

    @Test func yearsWithSEND() throws {
        let (ages, messages) = try loaded("ages: { from: 0, to: 19, send_to: 25 }")
        #expect(messages.isEmpty)
        #expect(ages?.years == 0...19)
        #expect(ages?.sendTo == 25)
        #expect(ages?.text == "Ages 0 to 19 (up to 25 with SEND)")
    }

    @Test func underN() throws {
        let (ages, messages) = try loaded("ages: { under: 5 }")
        #expect(messages.isEmpty)
        #expect(ages?.years == 0...4)
        #expect(ages?.text == "Under 5")
    }

    @Test func months() throws {
        let (ages, _) = try loaded("ages: { from_months: 0, to_months: 59 }")
        #expect(ages?.years == 0...4)
        #expect(ages?.text == "Ages 0 to 59 months")
        let (mixed, messages) = try loaded("ages: { from_months: 6, to: 4 }")
        #expect(messages.isEmpty)
        #expect(mixed?.years == 0...4)
        #expect(mixed?.text == "Ages 6 months to 4 years")
    }

    @Test func sendToBelowTheUpperAgeIsAnErrorAtItsLine() throws {
        let (ages, messages) = try loaded("ages: { from: 0, to: 19, send_to: 18 }")
        #expect(ages == nil)
        #expect(
            messages.first?.hasPrefix(
                "content/offer/services/youth-club.md:5:35: error[OFFER-SERVICES]: 'ages.send_to' is 18, but the service is already for ages up to 19."
            ) == true, "\(messages)")
    }

    @Test func bothYearsAndMonthsIsAnError() throws {
        let (ages, messages) = try loaded("ages: { from: 0, from_months: 3, to: 4 }")
        #expect(ages == nil)
        #expect(
            messages.first?.hasPrefix(
                "content/offer/services/youth-club.md:5:31: error[OFFER-SERVICES]: 'ages' has both 'from' and 'from_months'."
            ) == true, "\(messages)")
    }

    @Test func upperAgeMissingOrBelowTheYoungestIsAnError() throws {
        let (missing, messages) = try loaded("ages: { from: 3 }")
        #expect(missing == nil)
        #expect(
            messages.first?.hasPrefix(
                "content/offer/services/youth-club.md:5:1: error[OFFER-SERVICES]: 'ages' does not say the oldest age ('to', 'to_months' or 'under')."
            ) == true, "\(messages)")
        let (swapped, swappedMessages) = try loaded("ages: { from: 19, to: 11 }")
        #expect(swapped == nil)
        #expect(
            swappedMessages.first?.contains(
                "'ages' runs from 19 years to 11 years: the youngest is not below the oldest.")
                == true, "\(swappedMessages)")
    }

    /// An unreadable `ages:` is reported once, at its line: OFFER-SERVICES does not add "does not say who it is for".
    @Test func unreadableAgesIsNotReportedAgainAsMissing() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { site in
            try site.replace(Self.agesLine, with: "ages: { under: 0 }", in: Self.service)
            try site.removeLines(containing: "for: Young people", in: Self.service)
        }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("'ages.under' is 0") == true, "\(findings.map(\.formatted))")
    }

    /// The ages are shown as written, on the service's page and its card; the card gives the filter
    /// its SEND upper age only when there is one.
    @Test func agesAreRenderedAsWritten() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.replace(Self.agesLine, with: "ages: { from: 11, to: 19, send_to: 25 }", in: Self.service)
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try output.page("offer/youth-club/index.html").contains("<li>Ages 11 to 19 (up to 25 with SEND)</li>"))
        let offer = try output.page("offer/index.html")
        #expect(offer.contains("data-age-from=\"11\" data-age-to=\"19\" data-age-send-to=\"25\" data-outcomes="))
        #expect(offer.contains("<li>Ages 11 to 19 (up to 25 with SEND)</li>"))
    }
}
