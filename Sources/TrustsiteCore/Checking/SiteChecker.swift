import Foundation

/// Runs every publication rule over a loaded site and turns findings into diagnostics with the
/// rule's id, level (for the site's edition) and citation, honouring waivers and `--strict`.
///
/// It runs in two stages, as a build does: `checkContent` before anything is rendered (the waivers
/// and the rules of `CheckStage.content`), then `checkOutput` on the rendered pages (the rules of
/// `CheckStage.renderedPages`). The report is the one a single pass over every rule would give:
/// the same diagnostics in the same order, the waivers in the catalogue's order.
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

    /// What the content stage found, waiting for the rules that read the rendered pages.
    struct ContentFindings: Sendable {
        var input: RuleInput
        /// The loader's diagnostics and any problem with the waivers.
        let earlier: [Diagnostic]
        let waivers: [String: SiteConfig.Waiver]
        /// The findings of each rule run so far, by the rule's place in `rules`.
        var findings: [Int: [Finding]] = [:]
        /// The errors found so far: with any, a build is refused before it writes a page.
        var errorCount = 0
    }

    public let rules: [any PublicationRule]
    public var strict: Bool
    /// Score every page's reading ease for the report (costly on a large site; `check` asks for it).
    public var scoresReadability = false

    public init(rules: [any PublicationRule] = RuleCatalogue.all, strict: Bool = false) {
        self.rules = rules
        self.strict = strict
    }

    /// The first stage: the waivers and every rule that reads only the content, relative to `today`.
    /// `log` holds what loading reported; problems with the waivers are added to it.
    func checkContent(_ content: SiteContent, today: Day, log: DiagnosticLog) -> ContentFindings {
        let input = RuleInput(content: content, today: today)
        let waivers = validWaivers(input.config.waivers, log: log)
        var found = ContentFindings(input: input, earlier: log.diagnostics, waivers: waivers)
        run(.content, on: input, into: &found)
        found.errorCount = report(found, scoringReadability: false).errorCount
        return found
    }

    /// The second stage: the rules that read the rendered pages (these facts, by address, made
    /// with these templates), then the whole report.
    func checkOutput(
        _ found: ContentFindings, pages: [String: PageFacts], templates: TemplateSources = .none
    ) -> Report {
        var found = found
        run(.renderedPages, on: found.input.with(pages: pages, templates: templates), into: &found)
        return report(found, scoringReadability: scoresReadability)
    }

    /// Both stages at once: `content`, published as pages with these facts.
    func check(_ content: SiteContent, pages: [String: PageFacts], today: Day, log: DiagnosticLog) -> Report {
        checkOutput(checkContent(content, today: today, log: log), pages: pages)
    }

    private func run(_ stage: CheckStage, on input: RuleInput, into found: inout ContentFindings) {
        for (index, rule) in rules.enumerated() where rule.stage == stage && rule.level(in: input.edition) != nil {
            found.findings[index] = rule.check(input)
        }
    }

    /// The waivers that name a rule once; the others are errors in `log`.
    private func validWaivers(_ listed: [SiteConfig.Waiver], log: DiagnosticLog) -> [String: SiteConfig.Waiver] {
        let known = Set(rules.map(\.id))
        var waivers: [String: SiteConfig.Waiver] = [:]
        for waiver in listed {
            if waivers[waiver.ruleID] != nil {
                log.error(
                    waiver.location, "rule \(waiver.ruleID) is waived twice.", hint: "Keep one waiver, with one reason."
                )
            } else if known.contains(waiver.ruleID) {
                waivers[waiver.ruleID] = waiver
            } else {
                let suggestion = KeySuggester.suggestion(for: waiver.ruleID, among: known)
                log.error(
                    waiver.location, "the waiver names rule '\(waiver.ruleID)', which does not exist.",
                    hint: suggestion.map { "Did you mean '\($0)'?" }
                        ?? "Run `trustsite check --list-rules` for the rule ids.")
            }
        }
        return waivers
    }

    /// The report of the rules run so far, in the catalogue's order, as diagnostics.
    private func report(_ found: ContentFindings, scoringReadability: Bool) -> Report {
        let site = found.input
        var diagnostics = found.earlier
        var waived: [(String, String, Int)] = []
        for (index, rule) in rules.enumerated() {
            guard let level = rule.level(in: site.edition), let findings = found.findings[index] else { continue }
            if let waiver = found.waivers[rule.id] {
                waived.append((rule.id, waiver.reason, findings.count))
                continue
            }
            diagnostics += findings.map {
                Diagnostic(
                    strict ? .error : $0.level ?? level, at: $0.location, $0.message, hint: $0.hint, ruleID: rule.id,
                    citation: rule.citation)
            }
        }
        if strict {
            diagnostics = diagnostics.map {
                var d = $0
                d.severity = .error
                return d
            }
        }
        diagnostics.sort {
            ($0.location, $0.severity, $0.ruleID ?? "", $0.message) < (
                $1.location, $1.severity, $1.ruleID ?? "", $1.message
            )
        }
        let readability =
            !scoringReadability
            ? []
            : site.documents.map { document, url in
                PageReadability(
                    file: document.path, title: document.title ?? url,
                    score: Readability.fleschReadingEase(document.rendered.plainText))
            }
        return Report(
            diagnostics: diagnostics, waived: waived, fileCount: site.content.fileCount, edition: site.edition,
            readability: readability)
    }
}

/// One page's reading ease: higher is easier; 60 to 70 is plain English.
public struct PageReadability: Sendable, Hashable {
    public var file: String
    public var title: String
    public var score: Double
}
