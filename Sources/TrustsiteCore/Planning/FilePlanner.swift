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
        var kept: [PublishedFile] = []
        for file in files {
            let path = file.outputPath
            let owner =
                owners.files[path] ?? owners.folders[path]
                ?? folders(above: path).lazy.compactMap { owners.files[$0] }.first
                ?? (path.hasPrefix("search/") && path.hasSuffix(".json") ? "the search index trustsite writes" : nil)
            if let owner {
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
