import TrustsiteTheme

/// Names the site a build writes, from what it is made of: every input file's content hash, the
/// pages, "today", the options and the default theme. Written into the output's marker and the
/// build cache, so a build trusts the published site as its last one only if the two agree. No
/// time, path or random number goes in: the same input gives the same id, and so the same marker.
enum BuildID {
    static func make(
        inputs: [String: BuildCache.Input], pages: [String], today: Day, draft: Bool, strict: Bool
    ) -> String {
        var hasher = FNV1a()
        hasher.add("trustsite-build-id 1\n\(today.iso)\n\(draft)\n\(strict)\n\(defaultTheme)\n")
        for (path, input) in inputs.sorted(by: { $0.key < $1.key }) {
            hasher.add(path)
            hasher.add(input.hash)
        }
        for page in pages.sorted() { hasher.add(page) }
        return hasher.hex
    }

    /// The default theme compiled into this trustsite: a new trustsite may style the same input differently.
    private static let defaultTheme: String = {
        var hasher = FNV1a()
        for (path, text) in DefaultTheme.files.sorted(by: { $0.key < $1.key }) {
            hasher.add(path)
            hasher.add(text)
        }
        return hasher.hex
    }()
}
