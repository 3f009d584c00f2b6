#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the files published as they are: every file under `content/` that is not Markdown or
/// YAML, and everything under `static/`. Their names become addresses, so `AddressNames` applies
/// to them as to pages; hidden files, and links that lead outside the site, are left out as
/// `LoadContext.files` leaves them out everywhere.
struct FilesLoader {
    static let contentFolder = "content"
    /// Copied as it is to the site's root: `static/favicon.ico` is `/favicon.ico`.
    static let staticFolder = "static"
    /// Extensions of the files that are the content itself, never published.
    static let contentExtensions = [".md", ".markdown", ".yml", ".yaml"]

    let context: LoadContext

    /// The files to publish, by address; `contentFiles` is the listing of `content/` already made.
    func load(contentFiles: [String]) -> [PublishedFile] {
        let fromContent = contentFiles.filter { path in
            !Self.contentExtensions.contains(where: { path.lowercased().hasSuffix($0) })
        }
        let fromStatic = context.files(in: Self.staticFolder, recursive: true)
        return (fromContent.map { ($0, Self.contentFolder) } + fromStatic.map { ($0, Self.staticFolder) })
            .compactMap { path, base in
                if let problem = AddressNames.problem(in: path, below: base) {
                    context.reportOnce(problem)
                    return nil
                }
                return PublishedFile(source: path, url: Self.url(for: path), size: size(of: path))
            }
            .sorted { ($0.url, $0.source) < ($1.url, $1.source) }
    }

    private func size(of path: String) -> Int {
        var info = stat()
        guard stat(context.root.appending(path: path).path, &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    /// Where a file is published: beside the pages its folder's Markdown files are published as.
    ///
    /// `static/<path>` → `/<path>`; `content/pages/<path>` → `/<path>` (as free pages);
    /// `content/plan/sections/<name>` → `/plan/<name>` and `content/offer/services/<name>` →
    /// `/offer/<name>` (as the sections' and services' pages); anything else `content/<path>` →
    /// `/<path>` (`content/board/attendance.csv` → `/board/attendance.csv`).
    static func url(for path: String) -> String {
        let mapped: [(folder: String, address: String)] = [
            (staticFolder, ""), (PagesLoader.folder, ""), (PlanLoader.folder + "/sections", "/plan"),
            (OfferLoader.folder + "/services", "/offer"), (contentFolder, ""),
        ]
        for (folder, address) in mapped where path.hasPrefix(folder + "/") {
            return address + "/" + path.dropFirst(folder.count + 1)
        }
        return "/" + path
    }
}
