import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct LoadingTests {
    @Test func minimalFixtureLoadsWithoutDiagnostics() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let (content, diagnostics) = site.load()
        #expect(diagnostics.map(\.formatted) == [])
        #expect(content?.fileCount == 22)
    }

    @Test func configurationIsRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try #require(site.load().0?.config)
        #expect(config.name == "Fernlow Children's Trust")
        #expect(config.localAuthority == "Fernlow Council")
        #expect(config.baseURL == "https://children.fernlow.example/")
        #expect(config.edition == .y2010)
        #expect(config.contact.email == "trust@fernlow.example")
        #expect(config.contact.address == ["Fernlow Town Hall"])
        #expect(config.contact.haveYourSay == "/have-your-say/")
        #expect(config.absentPartnerTypes.map(\.type) == [.districtCouncil, .learningAndSkillsCouncil])
        #expect(config.colours.brand == "#1f4e79")
        #expect(config.accessibility?.compliance == .full)
        #expect(config.accessibility?.tested?.date == Day(iso: "2026-05-01"))
    }

    @Test func planSectionsAndPrioritiesAreRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let plan = try #require(site.load().0?.plan)
        #expect(plan.period == Period(start: Day(iso: "2025-04-01")!, end: Day(iso: "2028-03-31")!))
        #expect(plan.signOff?.minute == "CTB 25/3")
        #expect(plan.published == Day(iso: "2025-04-01"))
        #expect(plan.sections.map(\.slug).first == "vision")
        #expect(plan.sections.count == 11)
        #expect(plan.priorities.map(\.id) == ["P1", "P2"])
        let action = try #require(plan.actions.first)
        #expect(action.id == "A1.1")
        #expect(action.leadPartnerIDs == ["fernlow-health"])
        #expect(action.supportingPartnerIDs == ["fernlow-council"])
        #expect(action.by == Day(iso: "2026-03-31"))
        #expect(action.location == SourceLocation(file: "content/plan/priorities/p1-health.md", line: 8, column: 5))
    }

    @Test func reviewsAreRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let review = try #require(site.load().0?.reviews.first)
        #expect(review.slug == "2025-26")
        #expect(review.progress.map(\.actionID) == ["A1.1", "A1.2", "A2.1"])
        #expect(review.progress.map(\.status) == [.complete, .onTrack, .atRisk])
        #expect(review.partnerStatements.count == 4)
        #expect(review.document.markers.isSuperset(of: ["more-to-do", "have-your-say", "lscb-response", "summary"]))
    }

    @Test func boardIsRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let board = try #require(site.load().0?.board)
        #expect(board.partners.count == 17)
        #expect(board.members.count == 18)
        #expect(board.members.first?.position == .chair)
        #expect(board.subgroups.first?.chair == "Ali Birch")
        #expect(board.lscb?.name == "Fernlow LSCB")
        #expect(board.document?.title == "The Children's Trust Board")
    }

    @Test func offerAndPagesAreRead() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let service = try #require(content.offer?.services.first)
        #expect(service.name == "Fernlow Youth Club")
        #expect(service.ages?.years == 11...19)
        #expect(service.ages?.text == "Ages 11 to 19")
        #expect(service.isYouthOffer)
        #expect(service.contact?.phone == "01632 960 998")
        #expect(content.offer?.document?.covers == ["what-to-expect", "youth-offer"])
        #expect(content.pages.map(\.url) == ["/contact/", "/have-your-say/"])
    }

    @Test func pagesAtAnyDepthGetNestedAddresses() {
        #expect(PagesLoader.url(for: "content/pages/about.md") == "/about/")
        #expect(PagesLoader.url(for: "content/pages/help/glossary.md") == "/help/glossary/")
        #expect(PagesLoader.url(for: "content/pages/help/index.md") == "/help/")
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let text = try site.read("content/pages/contact.md").replacingOccurrences(of: "\n", with: "\r\n")
        try site.writeBytes("content/pages/contact.md", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let (content, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(content?.pages.first?.title == "Contact us")
    }
}
