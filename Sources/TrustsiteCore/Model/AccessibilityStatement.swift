/// The facts of the accessibility statement the Public Sector Bodies Accessibility Regulations 2018
/// require, from `trustsite.yml`'s `accessibility` section; published at `/accessibility/`.
public struct AccessibilityStatement: Sendable {
    /// Written `full`, `partial` or `none` in trustsite.yml. The last case is not named `none`:
    /// next to `Compliance?` that name would be read as `Optional.none`, "not stated".
    public enum Compliance: String, Sendable, CaseIterable {
        case full, partial
        case notCompliant = "none"
    }

    public enum Enforcement: String, Sendable, CaseIterable {
        case england, scotland, wales
        case northernIreland = "northern-ireland"
    }

    public struct Problem: Sendable {
        public var content: String
        public var reason: String
        public var alternative: String?
        public var places: SourcePlaces
    }

    public struct Testing: Sendable {
        public var date: Day
        public var by: String
        public var method: String
        /// Where `tested:` and its keys are written.
        public var places: SourcePlaces
    }

    /// Nil when the statement does not say (which SITE-ACCESSIBILITY-STATEMENT reports).
    public var compliance: Compliance?
    public var nonAccessible: [Problem]
    public var formatEmail: String?
    public var formatPhone: String?
    public var responseDays: Int?
    /// Where `format_requests:` and its keys are written; nil when it is not.
    public var formatRequestPlaces: SourcePlaces?
    /// Nil when the statement does not name it (which SITE-ACCESSIBILITY-STATEMENT reports).
    public var enforcement: Enforcement?
    public var tested: Testing?
    /// What the Trust is doing to fix the known problems.
    public var improvements: String?
    public var prepared: Day?
    public var reviewed: Day?
    public var location: SourceLocation
    /// Where `accessibility:` and its keys are written.
    public var places: SourcePlaces
}
