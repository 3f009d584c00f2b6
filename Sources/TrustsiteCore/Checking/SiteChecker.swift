import Foundation

/// Runs every publication rule over a loaded site and turns findings into diagnostics with the
/// rule's id, level (for the site's edition) and citation, honouring waivers and `--strict`.
public struct SiteChecker: Sendable {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        /// Every waived rule, with the reason given and how many findings it hid.
        public var waived: [(rule: String, reason: String, findings: Int)]
        public var fileCount: Int
        public var edition: Edition
        /// Flesch reading ease of every Markdown page (SITE-PLAIN-LANGUAGE reports the summaries
        /// that fall short; this is every page's score, for the report).
        public var readability: [PageReadability] = []

        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.count - errorCount }
    }

    public let rules: [any PublicationRule]
    public var strict: Bool
    /// Score every page's reading ease for the report (costly on a large site; `check` asks for it).
    public var scoresReadability = false

    public init(rules: [any PublicationRule] = RuleCatalogue.all, strict: Bool = false) {
        self.rules = rules
        self.strict = strict
    }

    /// Checks `content`, published as pages with these facts, relative to `today`.
    func check(_ content: SiteContent, pages: [String: PageFacts], today: Day, log: DiagnosticLog) -> Report {
        run(on: RuleInput(content: content, today: today, pages: pages), log: log)
    }

    func run(on site: RuleInput, log: DiagnosticLog) -> Report {
        let edition = site.edition
        let known = Set(rules.map(\.id))
        var waivers: [String: SiteConfig.Waiver] = [:]
        for waiver in site.config.waivers {
            if waivers[waiver.ruleID] != nil {
                log.error(waiver.location, "rule \(waiver.ruleID) is waived twice.", hint: "Keep one waiver, with one reason.")
            } else if known.contains(waiver.ruleID) {
                waivers[waiver.ruleID] = waiver
            } else {
                let suggestion = KeySuggester.suggestion(for: waiver.ruleID, among: known)
                log.error(waiver.location, "the waiver names rule '\(waiver.ruleID)', which does not exist.",
                    hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Run `trustsite check --list-rules` for the rule ids.")
            }
        }
        var diagnostics = log.diagnostics
        var waived: [(String, String, Int)] = []
        for rule in rules {
            guard let level = rule.level(in: edition) else { continue }
            let findings = rule.check(site)
            if let waiver = waivers[rule.id] {
                waived.append((rule.id, waiver.reason, findings.count))
                continue
            }
            let severity: Diagnostic.Severity = strict ? .error : level
            diagnostics += findings.map {
                Diagnostic(severity, at: $0.location, $0.message, hint: $0.hint, ruleID: rule.id, citation: rule.citation)
            }
        }
        if strict { diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d } }
        diagnostics.sort { ($0.location, $0.severity, $0.ruleID ?? "", $0.message) < ($1.location, $1.severity, $1.ruleID ?? "", $1.message) }
        let readability = !scoresReadability ? [] : site.documents.map { document, url in
            PageReadability(file: document.path, title: document.title ?? url,
                score: Readability.fleschReadingEase(document.rendered.plainText))
        }
        return Report(
            diagnostics: diagnostics, waived: waived, fileCount: site.content.fileCount, edition: edition,
            readability: readability)
    }
}

/// One page's reading ease: higher is easier; 60 to 70 is plain English.
public struct PageReadability: Sendable, Hashable {
    public var file: String
    public var title: String
    public var score: Double
}
