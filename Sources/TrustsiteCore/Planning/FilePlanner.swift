/// Refuses two things at one address among the files published as they are: a file where a page,
/// another file, or a file trustsite writes itself (the sitemap, the feed, robots.txt, the open
/// data, the search index, the theme's assets) is published, or where one of them needs a folder.
enum FilePlanner {
    /// The files that keep their addresses; each other one is an error at it naming what is
    /// already there, and is left out. Pages and trustsite's own files come first; of two files,
    /// the first by address and then by path (`content/` before `static/`) is kept.
    static func kept(
        _ files: [PublishedFile], pages: [PlannedPage], content: SiteContent, themeAssets: [String],
        log: DiagnosticLog
    ) -> [PublishedFile] {
        var owners = Owners()
        for page in pages { owners.take(SiteRoutes.outputPath(for: page.url), by: page.source.file) }
        let written = ["sitemap.xml", "feed.xml", "robots.txt"] + OpenData(content: content).files.keys.sorted()
        for path in written { owners.take(path, by: "the \(path) trustsite writes") }
        for path in themeAssets.sorted() { owners.take(path, by: "the theme's \(path)") }
        // The copies trustsite makes of each image (`ImageNames`) come next: a file may not take
        // one's address, nor an image's copy a page's or another image's copy's.
        // An image named as another's copy (`team-640w.jpg` beside `team.jpg`) is the one refused,
        // below, at its own address: it reserves nothing.
        let images = files.filter(ImageNames.isProcessed)
        var copyOf: [String: String] = [:]
        for file in images {
            for url in ImageNames.derivedURLs(of: file.url) where copyOf[url] == nil { copyOf[url] = file.source }
        }
        var refused: Set<String> = []
        for file in images where copyOf[file.url].map({ $0 == file.source }) ?? true {
            let derived = ImageNames.derivedURLs(of: file.url).map { String($0.dropFirst()) }
            if let taken = derived.first(where: { owners.owner(of: $0) != nil }), let owner = owners.owner(of: taken) {
                log.error(
                    SourceLocation(file: file.source),
                    "trustsite publishes copies of this image at other widths and as WebP, and one of them, /\(taken), "
                        + "would be where \(owner) is already published.",
                    hint: "Rename or move one of the two so each has its own address.")
                refused.insert(file.source)
                continue
            }
            for path in derived { owners.take(path, by: "a copy trustsite makes of \(file.source)") }
        }
        var kept: [PublishedFile] = []
        for file in files where !refused.contains(file.source) {
            let path = file.outputPath
            if let owner = owners.owner(of: path) {
                log.error(
                    SourceLocation(file: file.source),
                    "this file would be published at \(file.url), where \(owner) is already published.",
                    hint: "Rename or move one of the two so each has its own address.")
                continue
            }
            owners.take(path, by: file.source)
            kept.append(file)
        }
        return kept
    }

    /// Who holds each output path, and each folder above one.
    private struct Owners {
        var files: [String: String] = [:]
        var folders: [String: String] = [:]

        /// Who already holds `path`, the folder `path`, or a file where `path` needs a folder.
        func owner(of path: String) -> String? {
            files[path] ?? folders[path]
                ?? FilePlanner.folders(above: path).lazy.compactMap { files[$0] }.first
                ?? (path.hasPrefix("search/") && path.hasSuffix(".json") ? "the search index trustsite writes" : nil)
        }

        mutating func take(_ path: String, by owner: String) {
            if files[path] == nil { files[path] = owner }
            for folder in FilePlanner.folders(above: path) where folders[folder] == nil { folders[folder] = owner }
        }
    }

    /// `a/b/c.jpg` → `a`, `a/b`.
    private static func folders(above path: String) -> [String] {
        let parts = path.split(separator: "/")
        return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
    }
}
