import Foundation
import TrustsiteMarkdown

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What every loader needs: the site folder, the log, and how Markdown is rendered.
struct LoadContext: Sendable {
    let root: URL
    let log: DiagnosticLog
    let markdown: MarkdownRenderer
    /// Parsed files from earlier builds (previews keep one); nil parses every file afresh.
    var cache: ParseCache?
    /// The files the loaders have read, for the summary ("in 31 files").
    var filesRead = FilesRead()

    func parse(_ path: String, expected: String, markdown: Bool) -> ParsedFile {
        guard let cache else { return ParsedFile.parse(path, in: self, expected: expected, markdown: markdown) }
        return cache.parsed(path, markdown: markdown ? self.markdown.options : nil) {
            ParsedFile.parse(path, in: self, expected: expected, markdown: markdown)
        }
    }

    /// Markdown files directly in `folder` (relative to the site), sorted by name. Their names
    /// become addresses: a file whose name (or folder's name) breaks `AddressNames` is reported and left out.
    func markdownFiles(in folder: String, recursive: Bool = false) -> [String] {
        files(in: folder, recursive: recursive).filter { path in
            guard path.hasSuffix(".md") else { return false }
            if let problem = AddressNames.problem(in: path, below: folder) {
                reportOnce(problem)
                return false
            }
            return true
        }
    }

    /// Regular files under `folder` (relative paths from the site root), sorted, hidden files skipped.
    ///
    /// A symbolic link (to a file or a folder, or the folder itself) that leads outside the site
    /// folder is reported as an error naming it and left out, so it is never read; so is a link to a
    /// folder that contains it (it would be listed forever). Links that stay inside the site are followed.
    /// Nothing is left out without a word: a special file (a pipe, a socket, a device), a link that
    /// leads nowhere, and anything that cannot be listed or looked at (a path too long for the system,
    /// no permission) is an error naming it. A folder that does not exist is simply empty.
    func files(in folder: String, recursive: Bool) -> [String] {
        let start = root.appending(path: folder).path
        guard let real = SitePaths.realPath(start) else {
            let code = errno
            if code != ENOENT && code != ENOTDIR {
                reportOnce(SitePaths.unreadableDiagnostic(folder, absolutePath: start, code: code))
            }
            return []
        }
        if let siteReal = SitePaths.realPath(root.path), !SitePaths.isInside(real, siteReal) {
            reportOnce(SitePaths.outsideDiagnostic(folder, target: real))
            return []
        }
        var result: [String] = []
        var chain: Set<String> = [real]
        list(folder, realPath: real, recursive: recursive, chain: &chain, into: &result)
        return result
    }

    private func list(
        _ folder: String, realPath: String, recursive: Bool, chain: inout Set<String>, into result: inout [String]
    ) {
        let base = root.appending(path: folder).path
        let names: [String]
        switch FolderEntries.list(base) {
        case .success(let listed): names = listed
        case .failure(let error):
            reportOnce(SitePaths.unreadableDiagnostic(folder, absolutePath: base, code: error.code))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative = folder + "/" + name
            let path = base + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else {
                let code = errno
                // Gone since the folder was listed: as if it had never been there.
                if code != ENOENT {
                    reportOnce(SitePaths.unreadableDiagnostic(relative, absolutePath: path, code: code))
                }
                continue
            }
            var isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            var entryReal = realPath + "/" + name
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // Where the link leads; a link that leads nowhere (or round in a loop) is reported.
                guard let target = SitePaths.realPath(path), stat(path, &info) == 0 else {
                    reportOnce(SitePaths.brokenLinkDiagnostic(relative, absolutePath: path, code: errno))
                    continue
                }
                guard let siteReal = SitePaths.realPath(root.path), SitePaths.isInside(target, siteReal) else {
                    reportOnce(SitePaths.outsideDiagnostic(relative, target: target))
                    continue
                }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
                entryReal = target
            }
            if isDirectory {
                guard recursive else { continue }
                // A folder it is already inside (on disk, or by the links followed to get here).
                guard !chain.contains(entryReal), !SitePaths.isInside(realPath, entryReal) else {
                    reportOnce(
                        Diagnostic(
                            .error, at: SourceLocation(file: relative),
                            "\(relative) is a link to a folder that contains it, so its files would be read forever.",
                            hint: "Remove the link; put the files it should show in the folder itself."))
                    continue
                }
                chain.insert(entryReal)
                list(relative, realPath: entryReal, recursive: true, chain: &chain, into: &result)
                chain.remove(entryReal)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                result.append(relative)
            } else {
                reportOnce(SitePaths.specialFileDiagnostic(relative, mode: info.st_mode))
            }
        }
    }

    /// Reports a diagnostic unless the same one is already in the log (folders are listed more than once).
    func reportOnce(_ diagnostic: Diagnostic) {
        if !log.diagnostics.contains(diagnostic) { log.report(diagnostic) }
    }

    /// Notes that the loaders read `parsed` (at `path`), if its text could be read at all.
    func noteRead(_ path: String, _ parsed: ParsedFile) {
        if parsed.wasRead { filesRead.insert(path) }
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appending(path: relativePath).path)
    }
}

/// The site-relative paths of the files the loaders have read (shared by the loaders of one load).
final class FilesRead: Sendable {
    private let paths = Locked<Set<String>>([])

    func insert(_ path: String) {
        paths.withLock { _ = $0.insert(path) }
    }

    var count: Int { paths.withLock { $0.count } }
}
