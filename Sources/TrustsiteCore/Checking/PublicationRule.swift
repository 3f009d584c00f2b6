/// One rule of the publication requirements (`docs/publication-requirements.md`):
/// its id, level per edition, citation, what it reads, and the check itself. Adding a rule is
/// adding one type that conforms, listing it in `RuleCatalogue`, and testing it.
public protocol PublicationRule: Sendable {
    /// Stable id that users cite, e.g. `PLAN-SAFEGUARDING`.
    var id: String { get }
    /// What the rule requires, in one sentence (shown in the README's rule table).
    var requirement: String { get }
    /// Where the duty or guidance comes from.
    var citation: String { get }
    /// How serious a finding is in an edition; nil where the rule does not apply.
    func level(in edition: Edition) -> Diagnostic.Severity?
    /// When the rule can run: on the content alone, before anything is rendered (the default),
    /// or only once the pages are rendered, because it reads `RuleInput.pages`.
    var stage: CheckStage { get }
    /// What is wrong, if anything.
    func check(_ site: RuleInput) -> [Finding]
}

/// What a rule reads, and so when a build runs it.
public enum CheckStage: Sendable, Hashable {
    /// The loaded content only: checked before anything is rendered, so a build these rules refuse
    /// writes nothing.
    case content
    /// The rendered pages' ids and links too (`PageFacts`): checked once the pages are rendered.
    case renderedPages
}

extension PublicationRule {
    public var stage: CheckStage { .content }
}

/// A rule's complaint, before the checker adds the rule's id, level and citation.
public struct Finding: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// This finding's own level, whatever the rule's in the edition: a rule whose main duty
    /// follows the edition may still hold one kind of slip to a fixed level. Nil for the rule's.
    public var level: Diagnostic.Severity?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil, level: Diagnostic.Severity? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
        self.level = level
    }
}

/// Rules whose level is the same in both editions.
public protocol FixedLevelRule: PublicationRule {
    var fixedLevel: Diagnostic.Severity { get }
}

extension FixedLevelRule {
    public func level(in edition: Edition) -> Diagnostic.Severity? { fixedLevel }
}

/// Rules that are duties from 2010 (the ASCL Act 2009) and good practice under the 2008 guidance.
public protocol StatutoryFrom2010Rule: PublicationRule {}

extension StatutoryFrom2010Rule {
    public func level(in edition: Edition) -> Diagnostic.Severity? { edition == .y2010 ? .error : .warning }
}
