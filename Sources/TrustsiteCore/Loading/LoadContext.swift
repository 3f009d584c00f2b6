import Foundation
import TrustsiteMarkdown

/// What every loader needs: the site folder, the log, and how Markdown is rendered.
struct LoadContext: Sendable {
    let root: URL
    let log: DiagnosticLog
    let markdown: MarkdownRenderer
    /// Parsed files from earlier builds (previews keep one); nil parses every file afresh.
    var cache: ParseCache?

    func parse(_ path: String, expected: String, markdown: Bool) -> ParsedFile {
        guard let cache else { return ParsedFile.parse(path, in: self, expected: expected, markdown: markdown) }
        return cache.parsed(path) { ParsedFile.parse(path, in: self, expected: expected, markdown: markdown) }
    }

    /// Markdown files directly in `folder` (relative to the site), sorted by name.
    func markdownFiles(in folder: String, recursive: Bool = false) -> [String] {
        files(in: folder, recursive: recursive).filter { $0.hasSuffix(".md") }
    }

    /// Regular files under `folder` (relative paths from the site root), sorted, hidden files skipped.
    func files(in folder: String, recursive: Bool) -> [String] {
        let base = root.appending(path: folder)
        let manager = FileManager.default
        var result: [String] = []
        guard let names = try? manager.contentsOfDirectory(atPath: base.path) else { return [] }
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative = folder + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: base.appending(path: name).path, isDirectory: &isDirectory) else {
                continue
            }
            if isDirectory.boolValue {
                if recursive { result += files(in: relative, recursive: true) }
            } else {
                result.append(relative)
            }
        }
        return result
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appending(path: relativePath).path)
    }
}
