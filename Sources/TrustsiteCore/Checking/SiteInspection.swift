import Foundation

/// Loads a site and checks it: what `trustsite check` does, the first four stages of a build
/// (`BuildPipeline.check`).
public struct SiteInspection: Sendable {
    public enum Outcome: Sendable {
        /// The site could not be loaded (no usable trustsite.yml, unreadable files, bad templates).
        case unloadable([Diagnostic])
        case checked(SiteChecker.Report)
    }

    public let root: URL
    public let clock: BuildClock
    public let strict: Bool
    /// Include every page's reading ease in the report.
    public var scoresReadability = false

    public init(root: URL, clock: BuildClock, strict: Bool = false, scoresReadability: Bool = false) {
        self.root = root
        self.clock = clock
        self.strict = strict
        self.scoresReadability = scoresReadability
    }

    public func run() -> Outcome {
        var pipeline = BuildPipeline(clock: clock, strict: strict, purpose: .publish)
        pipeline.scoresReadability = scoresReadability
        do throws(BuildFailure) {
            // The images a build into the site's own `site/` folder processed are taken from its
            // cache, and those processed here are kept there for it: checking a site with large
            // photographs then costs no encoding when nothing changed.
            let images = ImageCache(
                folder: BuildFingerprint.cacheFolder(for: root.appending(path: "site")).appending(path: "images"))
            return .checked(try pipeline.check(SiteLoader(root: root, images: images), log: DiagnosticLog()))
        } catch {
            return .unloadable(error.diagnostics)
        }
    }
}
