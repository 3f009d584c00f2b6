import Foundation
import Testing

@testable import TrustsiteCore

/// The README documents the rules; this keeps it from drifting from the code.
@Suite struct ReadmeTests {
    @Test func ruleTableMatchesTheRules() throws {
        let readme = try String(
            contentsOf: TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent().appending(
                path: "README.md"),
            encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- rules:start -->\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        #expect(
            String(readme[start.upperBound..<end.lowerBound]) == RuleTable.markdown(),
            "The README's rule table is out of date: run `make rules-table`.")
    }

    @Test func everyRuleOfTheSpecIsImplemented() throws {
        let spec = try String(
            contentsOf: TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
                .appending(path: "docs/publication-requirements.md"),
            encoding: .utf8)
        let specIDs = spec.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| "), let id = line.dropFirst(2).split(separator: " ").first,
                id.contains("-"), id.uppercased() == id, id.first?.isLetter == true
            else { return nil }
            return String(id)
        }
        #expect(specIDs.count == 51)
        let implemented = Set(RuleCatalogue.all.map(\.id))
        for id in specIDs { #expect(implemented.contains(id), "\(id) is in the spec but not implemented") }
        #expect(Set(RuleCatalogue.all.map(\.id)).count == RuleCatalogue.all.count)
    }
}
