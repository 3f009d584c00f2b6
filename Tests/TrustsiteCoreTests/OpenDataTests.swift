import Foundation
import Testing

@testable import TrustsiteCore

@Suite struct OpenDataTests {
    @Test func formulaCellsAreMadeInert() {
        #expect(CSV.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSV.cell("+cmd") == "'+cmd")
        #expect(CSV.cell("-1") == "'-1")
        #expect(CSV.cell("@SUM(1)") == "'@SUM(1)")
        #expect(CSV.cell("plain") == "plain")
        #expect(CSV.cell("a, b") == "\"a, b\"")
        #expect(CSV.cell("line\nbreak") == "\"line\nbreak\"")
    }

    @Test func jsonTextIsEscapedForScriptsToo() {
        #expect(JSONText.quote("a\"b\\c\n</script><!--&") == "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u003c!--\\u0026\"")
        #expect(JSONText.quote("\u{1}") == "\"\\u0001\"")
    }

    @Test func dataMatchesTheContent() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let files = OpenData(content: content).files
        #expect(
            files.keys.sorted() == [
                "data/board-members.csv", "data/board-members.json", "data/plan-actions.csv", "data/plan-actions.json",
                "data/progress-2025-26.csv", "data/progress-2025-26.json", "data/services.csv", "data/services.json",
            ])
        let actions = try #require(files["data/plan-actions.json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: actions) as? [[String: String]])
        #expect(rows.map { $0["action_id"] } == ["A1.1", "A1.2", "A2.1"])
        #expect(rows.first?["lead_partner"] == "Fernlow Health Board")
        let progress = String(decoding: try #require(files["data/progress-2025-26.csv"]), as: UTF8.self)
        // New columns go last, so a reader that takes columns by position keeps working.
        #expect(
            progress.hasPrefix("action_id,what,lead_partner,status,evidence,period_start,period_end,local_status\r\n"))
        #expect(progress.contains("A2.1,Offer every 16-year-old a college or training place.,Fernlow College,at-risk,"))
        let members = String(decoding: try #require(files["data/board-members.csv"]), as: UTF8.self)
        #expect(members.split(separator: "\r\n").count == 19)
        #expect(
            members.hasPrefix(
                "name,role,position,partner,partner_type,statutory_role,group,partners,named,stands_in_for\r\n"))
    }
}

@Suite struct StructuredDataTests {
    @Test func servicePagesCarrySchemaOrgServiceData() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let content = try #require(site.load().0)
        let service = try #require(content.offer?.services.first)
        var html = ContextBuilder(content: content).structuredData(service)
        #expect(html.hasPrefix("<script type=\"application/ld+json\">\n"))
        html = String(html.dropFirst("<script type=\"application/ld+json\">\n".count).dropLast("</script>".count))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(html.utf8)) as? [String: Any])
        #expect(json["@type"] as? String == "Service")
        #expect(json["name"] as? String == "Fernlow Youth Club")
        #expect(json["url"] as? String == "https://children.fernlow.example/offer/youth-club/")
        let audience = try #require(json["audience"] as? [String: Any])
        #expect(audience["suggestedMinAge"] as? Int == 11)
    }
}
