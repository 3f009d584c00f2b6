import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A text file of the site, read as UTF-8 with a byte-order mark removed and line endings made `\n`.
struct SourceFile: Sendable {
    /// Path relative to the site folder.
    let path: String
    let text: String

    /// The largest file read. A 50 MB page takes a build 20 seconds and a gigabyte of memory, and no
    /// reader could use it; 10 MB is far beyond any real page or data file (README: Reliability).
    static let maximumBytes = 10 * 1024 * 1024

    enum ReadError: Error {
        case missing
        case unreadable(String)
        case invalidUTF8(line: Int, column: Int)
        /// A symbolic link on the way leads outside the site folder, to this path.
        case outsideSite(String)
        /// Larger than `maximumBytes`.
        case tooLarge(bytes: Int)
        /// Not a regular file (a pipe, a device...): reading it could wait forever.
        case notAFile
        /// A NUL byte: a binary file, not text.
        case nulByte(line: Int, column: Int)
        /// A character XML 1.0 forbids and HTML reads as an error: a control character, or a
        /// noncharacter such as U+FFFE. It would make the feed and the sitemap unreadable.
        case forbiddenCharacter(Unicode.Scalar, line: Int, column: Int)
    }

    static func read(_ relativePath: String, in root: URL) throws(ReadError) -> SourceFile {
        let url = root.appending(path: relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing }
        if let target = SitePaths.outsideTarget(of: relativePath, in: root) { throw .outsideSite(target) }
        var info = stat()
        if stat(url.path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFile }
            guard Int(info.st_size) <= maximumBytes else { throw .tooLarge(bytes: Int(info.st_size)) }
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        return try decode(data, path: relativePath)
    }

    static func decode(_ data: Data, path: String) throws(ReadError) -> SourceFile {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            throw .invalidUTF8(line: line, column: column)
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = bytes[..<nul].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            throw .nulByte(line: line, column: String(decoding: bytes[lineStart..<nul], as: UTF8.self).count + 1)
        }
        let normalised = bytes.contains(UInt8(ascii: "\r")) ? unixLineEndings(bytes) : text
        if let (scalar, line, column) = ForbiddenCharacters.first(in: normalised) {
            throw .forbiddenCharacter(scalar, line: line, column: column)
        }
        return SourceFile(path: path, text: normalised)
    }

    /// `\r\n` and a lone `\r` as `\n`, byte by byte (a `Character` would join a mark to the `\r`).
    private static func unixLineEndings(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The line and column (in characters) of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.count
                || String(validating: bytes[index..<end], as: UTF8.self) == nil
            {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return (line, column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = end
            }
            index = end
        }
        return (line, 1)
    }
}

extension SourceFile.ReadError {
    /// The diagnostic for a file that could not be read.
    func diagnostic(path: String, expected: String) -> Diagnostic {
        switch self {
        case .missing:
            Diagnostic(.error, at: SourceLocation(file: path), "\(path) is missing.", hint: "Create it: \(expected)")
        case .unreadable(let reason):
            Diagnostic(
                .error, at: SourceLocation(file: path), "\(path) cannot be read: \(reason)",
                hint: "Check the file's permissions.")
        case .outsideSite(let target):
            SitePaths.outsideDiagnostic(path, target: target)
        case .tooLarge(let bytes):
            Diagnostic(
                .error, at: SourceLocation(file: path),
                "\(path) is \(megabytes(bytes)); trustsite reads files of up to \(megabytes(SourceFile.maximumBytes)).",
                hint: "Split it into several files (a page this long cannot be read on any screen), "
                    + "or publish a document this large as a download and link to it.")
        case .notAFile:
            Diagnostic(
                .error, at: SourceLocation(file: path), "\(path) is not a regular file, so it is not read.",
                hint: "Replace it with a text file.")
        case .nulByte(let line, let column):
            Diagnostic(
                .error, at: SourceLocation(file: path, line: line, column: column),
                "the file contains a NUL byte, so it is not text.",
                hint: "Save it as UTF-8 text. A NUL byte usually means a binary file (a word-processor document, "
                    + "an image) was saved under a .md or .yml name.")
        case .forbiddenCharacter(let scalar, let line, let column):
            Diagnostic(
                .error, at: SourceLocation(file: path, line: line, column: column),
                "the file contains \(ForbiddenCharacters.describe(scalar)), which cannot be published "
                    + "(web pages, the feed and the sitemap cannot hold it).",
                hint: "Delete it: it is invisible, so delete the character before and after this position "
                    + "and type them again. Text pasted from a PDF or a spreadsheet is the usual cause.")
        case .invalidUTF8(let line, let column):
            Diagnostic(
                .error, at: SourceLocation(file: path, line: line, column: column),
                "the file is not valid UTF-8 text.",
                hint: "Save the file as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding). "
                    + "Text pasted from a word processor is the usual cause.")
        }
    }
}

private func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
}
