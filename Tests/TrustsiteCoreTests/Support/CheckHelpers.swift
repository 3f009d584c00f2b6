import Foundation
import Testing

@testable import TrustsiteCore

/// The day every rule test takes as today, unless it says otherwise: the minimal fixture passes
/// every rule on it.
let checkToday = "2026-11-22"

extension TestSite {
    /// Runs `trustsite check` on the site as it is now, with a pinned today. Records an issue
    /// (and returns nil) when the site cannot be loaded, since then no rule runs at all.
    func checkReport(today: String = checkToday, strict: Bool = false) -> SiteChecker.Report? {
        let inspection = SiteInspection(root: root, clock: BuildClock(today: Day(iso: today)!), strict: strict)
        switch inspection.run() {
        case .checked(let report):
            return report
        case .unloadable(let diagnostics):
            let text = diagnostics.map(\.formatted).joined(separator: "\n")
            Issue.record("the site could not be loaded:\n\(text)")
            return nil
        }
    }

    /// Every diagnostic `trustsite check` reports: the loader's and every rule's.
    func check(today: String = checkToday, strict: Bool = false) -> [Diagnostic] {
        checkReport(today: today, strict: strict)?.diagnostics ?? []
    }

    /// Only the findings of the rule `ruleID`.
    func findings(_ ruleID: String, today: String = checkToday, strict: Bool = false) -> [Diagnostic] {
        check(today: today, strict: strict).filter { $0.ruleID == ruleID }
    }

    /// Removes every line of `relativePath` containing `text`; fails the test when none does.
    func removeLines(containing text: String, in relativePath: String) throws {
        let lines = try read(relativePath).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.contains(text) }
        #expect(kept.count < lines.count, "fixture \(relativePath) has no line containing \(text)")
        try write(relativePath, kept.joined(separator: "\n"))
    }
}

/// Copies the minimal fixture, lets `change` edit it, checks it, and cleans up.
/// Returns the findings of `ruleID` only, or every diagnostic when `ruleID` is nil.
func checkedFixture(
    _ ruleID: String?, today: String = checkToday, strict: Bool = false, _ change: (TestSite) throws -> Void
) throws -> [Diagnostic] {
    let site = try TestSite()
    defer { site.cleanUp() }
    try change(site)
    return ruleID.map { site.findings($0, today: today, strict: strict) } ?? site.check(today: today, strict: strict)
}

/// Like `checkedFixture`, but returns the whole report (waivers, counts).
func checkedFixtureReport(
    today: String = checkToday, strict: Bool = false, _ change: (TestSite) throws -> Void
) throws -> SiteChecker.Report {
    let site = try TestSite()
    defer { site.cleanUp() }
    try change(site)
    return try #require(site.checkReport(today: today, strict: strict))
}

extension Diagnostic {
    /// The first line the command line prints, `path:line:col: error[RULE-ID]: message`: the
    /// rule id, severity, place and message in one string a test can compare exactly.
    var headline: String {
        let label = ruleID.map { "\(severity.rawValue)[\($0)]" } ?? severity.rawValue
        return "\(location): \(label): \(message)"
    }
}
