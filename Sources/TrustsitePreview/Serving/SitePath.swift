import Foundation

/// Maps a request path to a file of the in-memory site, refusing anything that could name a file
/// outside it: `..` segments (also percent-encoded), NUL bytes, backslashes and absolute paths.
public enum SitePath {
    public enum Resolution: Equatable, Sendable {
        /// A file of the site, by output path.
        case file(String)
        /// The same page with a trailing slash (`/plan` → `/plan/`).
        case redirect(String)
        case notFound
    }

    public static func resolve(_ requestPath: String, exists: (String) -> Bool) -> Resolution {
        let pathOnly =
            requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
            ?? ""
        guard pathOnly.hasPrefix("/"), let decoded = percentDecoded(pathOnly) else { return .notFound }
        if decoded.contains("\0") || decoded.contains("\\") || decoded.hasPrefix("//") { return .notFound }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .notFound }
        let relative = segments.joined(separator: "/")
        if relative.isEmpty { return exists("index.html") ? .file("index.html") : .notFound }
        if decoded.hasSuffix("/") {
            return exists(relative + "/index.html") ? .file(relative + "/index.html") : .notFound
        }
        if exists(relative) { return .file(relative) }
        if exists(relative + "/index.html") { return .redirect("/" + relative + "/") }
        return .notFound
    }

    /// `%2e%2e` → `..`; nil for malformed escapes or bytes that are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                    let value = UInt8(String(bytes: [high, low], encoding: .ascii) ?? "", radix: 16)
                else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
