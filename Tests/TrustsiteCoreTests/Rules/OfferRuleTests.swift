import Foundation
import Testing

@testable import TrustsiteCore

/// The local offer's rules (OFFER-*).
@Suite struct OfferRuleTests {
    static let index = "content/offer/index.md"
    static let service = "content/offer/services/youth-club.md"

    // MARK: OFFER-WHAT-TO-EXPECT

    @Test func noOfferPage() throws {
        let findings = try checkedFixture("OFFER-WHAT-TO-EXPECT") { try $0.remove(Self.index) }
        #expect(
            findings.map(\.headline) == [
                "content/offer/index.md: error[OFFER-WHAT-TO-EXPECT]: there is no page saying what families can expect."
            ])
        #expect(
            findings.first?.hint == """
                Create content/offer/index.md:
                    ---
                    title: Help for children and families
                    covers: [what-to-expect]
                    ---
                    (what the Trust will provide, and how to get help early)
                """)
    }

    @Test func offerPageNotMarked() throws {
        let findings = try checkedFixture("OFFER-WHAT-TO-EXPECT") {
            try $0.replace("covers: [what-to-expect, youth-offer]", with: "covers: [youth-offer]", in: Self.index)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/index.md:1:1: error[OFFER-WHAT-TO-EXPECT]: the local offer page is not marked as saying what families can expect (marker `what-to-expect`)."
            ])
        #expect(
            findings.first?.hint == """
                Add a heading with the marker to content/offer/index.md:
                    ## What you can expect {#what-to-expect}
                or, if the page already has this section, add `what-to-expect` to its front matter's `covers:` list.
                """)
    }

    @Test func offerPageTitledWhatToExpect() throws {
        let findings = try checkedFixture("OFFER-WHAT-TO-EXPECT") { site in
            try site.replace("covers: [what-to-expect, youth-offer]", with: "covers: [youth-offer]", in: Self.index)
            try site.replace("title: Help for families", with: "title: What to expect from us", in: Self.index)
        }
        #expect(findings.isEmpty)
    }

    // MARK: OFFER-SERVICES

    @Test func noServices() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { try $0.remove(Self.service) }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services: error[OFFER-SERVICES]: the local offer lists no services."
            ])
        #expect(
            findings.first?.hint
                == "Add a file per service in content/offer/services/, e.g. family-hub.md with `name:`, `for:`, `ages:`, `access:` and `contact:`."
        )
    }

    @Test func serviceWithoutAccess() throws {
        let findings = try checkedFixture("OFFER-SERVICES") {
            try $0.removeLines(containing: "access: Just turn up", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:1:1: error[OFFER-SERVICES]: the service \"Fernlow Youth Club\" does not say how to access it (`access:`)."
            ])
        #expect(
            findings.first?.hint == """
                Add to its front matter, e.g.
                    for: Parents of children under 5
                    ages: { from: 0, to: 5 }
                    access: Drop in, or ask your health visitor to refer you.
                    contact: { phone: 01632 960 210, email: hub@example.gov.uk }
                """)
    }

    @Test func serviceWithoutAudienceOrContact() throws {
        let findings = try checkedFixture("OFFER-SERVICES") { site in
            for line in ["for: Young people", "ages: {", "contact: {"] {
                try site.removeLines(containing: line, in: Self.service)
            }
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:1:1: error[OFFER-SERVICES]: the service \"Fernlow Youth Club\" does not say who it is for (`for:` or `ages:`), a contact (`contact:`)."
            ])
    }

    @Test(arguments: ["for: Young people", "ages: {"])
    func eitherAudienceOrAgesIsEnough(line: String) throws {
        #expect(try checkedFixture("OFFER-SERVICES") { try $0.removeLines(containing: line, in: Self.service) }.isEmpty)
    }

    // MARK: OFFER-SERVICE-OUTCOMES

    @Test func serviceWithoutOutcomes() throws {
        let findings = try checkedFixture("OFFER-SERVICE-OUTCOMES") {
            try $0.removeLines(containing: "outcomes:", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:1:1: warning[OFFER-SERVICE-OUTCOMES]: the service \"Fernlow Youth Club\" names no outcome."
            ])
        #expect(
            findings.first?.hint
                == "Add e.g. `outcomes: [be-healthy, stay-safe]` (ids: be-healthy, stay-safe, enjoy-and-achieve, positive-contribution, economic-wellbeing)."
        )
    }

    // MARK: OFFER-YOUTH

    @Test func noYouthOffer() throws {
        let findings = try checkedFixture("OFFER-YOUTH") { site in
            try site.replace("covers: [what-to-expect, youth-offer]", with: "covers: [what-to-expect]", in: Self.index)
            try site.removeLines(containing: "youth: true", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/index.md:1:1: warning[OFFER-YOUTH]: the local offer says nothing about the youth offer (positive activities and safe places to go)."
            ])
        #expect(
            findings.first?.hint == """
                Mark youth services with `youth: true`.
                Or: Add a heading with the marker to content/offer/index.md:
                    ## Our youth offer {#youth-offer}
                or, if the page already has this section, add `youth-offer` to its front matter's `covers:` list.
                """)
    }

    @Test func aYouthServiceOrTheMarkerIsEnough() throws {
        #expect(
            try checkedFixture("OFFER-YOUTH") {
                try $0.replace(
                    "covers: [what-to-expect, youth-offer]", with: "covers: [what-to-expect]", in: Self.index)
            }.isEmpty)
        #expect(
            try checkedFixture("OFFER-YOUTH") { try $0.removeLines(containing: "youth: true", in: Self.service) }
                .isEmpty)
    }

    // MARK: OFFER-UP-TO-DATE

    @Test func serviceNeverChecked() throws {
        let findings = try checkedFixture("OFFER-UP-TO-DATE") {
            try $0.removeLines(containing: "last_checked:", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:1:1: warning[OFFER-UP-TO-DATE]: the service \"Fernlow Youth Club\" does not say when its entry was last checked."
            ])
        #expect(findings.first?.hint == "Check the details with the service, then add `last_checked: 2026-11-22`.")
    }

    @Test func serviceCheckedMoreThanTwelveMonthsAgo() throws {
        let findings = try checkedFixture("OFFER-UP-TO-DATE") {
            try $0.replace("last_checked: 2026-04-01", with: "last_checked: 2025-11-21", in: Self.service)
        }
        #expect(
            findings.map(\.headline) == [
                "content/offer/services/youth-club.md:14:15: warning[OFFER-UP-TO-DATE]: the entry for \"Fernlow Youth Club\" was last checked on 21 November 2025, more than 12 months ago."
            ])
        #expect(findings.first?.hint == "Check the details with the service, then set `last_checked: 2026-11-22`.")
    }

    @Test func serviceCheckedExactlyTwelveMonthsAgoIsCurrent() throws {
        let findings = try checkedFixture("OFFER-UP-TO-DATE") {
            try $0.replace("last_checked: 2026-04-01", with: "last_checked: 2025-11-22", in: Self.service)
        }
        #expect(findings.isEmpty)
    }
}
