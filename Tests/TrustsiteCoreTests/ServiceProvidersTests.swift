import Foundation
import Testing

@testable import TrustsiteCore

/// A service's `providers:`: Board partner ids (checked against the Board) or names of organisations not on it.
@Suite struct ServiceProvidersTests {
    static let service = "content/offer/services/youth-club.md"

    private func withProviders(_ line: String) throws -> TestSite {
        let site = try TestSite()
        try site.replace("cost: Free", with: line + "\ncost: Free", in: Self.service)
        return site
    }

    @Test func partnerIDsAndNamesAreRead() throws {
        let site = try withProviders("providers: [fernlow-council, Home-Start Fernlow]")
        defer { site.cleanUp() }
        let (content, _) = site.load()
        #expect(site.messages().isEmpty)
        #expect(content?.offer?.services.first?.providers == ["fernlow-council", "Home-Start Fernlow"])
    }

    @Test func anUnknownPartnerIDIsAnErrorAtItsLine() throws {
        let site = try withProviders("providers: [fernlow-counsil, Home-Start Fernlow]")
        defer { site.cleanUp() }
        let messages = site.messages()
        #expect(
            messages == [
                """
                content/offer/services/youth-club.md:11:13: error[OFFER-SERVICES]: the provider of the service "Fernlow Youth Club" is 'fernlow-counsil', which is not a partner in content/board/board.yml.
                  source: 003 E3 Standard 4; 000 §2.7
                  help: Did you mean 'fernlow-council'? For an organisation not on the Board, write its name as families know it, e.g. `providers: [fernlow-council, Home-Start Fernlow]`.
                """
            ])
    }

    @Test func isPartnerID() {
        #expect(Service.isPartnerID("fernlow-council"))
        #expect(!Service.isPartnerID("Home-Start Fernlow"))
        #expect(!Service.isPartnerID("barnardo's"))
        #expect(!Service.isPartnerID("-x"))
    }

    /// The page names the providers (a partner by its Board name); JSON-LD lists them as organisations.
    @Test func providersAreRendered() throws {
        let site = try withProviders("providers: [fernlow-council, Home-Start Fernlow]")
        defer { site.cleanUp() }
        let output = try site.draftBuild()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try output.page("offer/youth-club/index.html")
        #expect(page.contains("<dt>Provided by</dt>\n      <dd>Fernlow Council, Home-Start Fernlow</dd>"))
        #expect(
            page.contains(
                "\"provider\": [{\"@type\": \"Organization\", \"name\": \"Fernlow Council\"}, {\"@type\": \"Organization\", \"name\": \"Home-Start Fernlow\"}]"
            ))
        let csv = try output.page("data/services.csv")
        #expect(csv.split(separator: "\r\n").first?.hasSuffix(",ages,age_send_to,providers,sites") == true)
        #expect(csv.contains("Ages 11 to 19,,Fernlow Council; Home-Start Fernlow,"))
    }
}
