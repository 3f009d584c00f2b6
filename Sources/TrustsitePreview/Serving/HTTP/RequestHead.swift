import Foundation

/// One header line of a request, as sent.
struct HeaderField: Equatable, Sendable {
    let name: String
    let value: String
}

/// The request line and headers of one HTTP/1.x request.
struct RequestHead: Equatable, Sendable {
    /// `GET`, `HEAD`, …, as sent (methods are case-sensitive).
    let method: String
    /// The request target as sent, still percent-encoded: `/plan/?q=1`.
    let target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    let version: String
    let fields: [HeaderField]

    /// The first value of a header, by case-insensitive name.
    func value(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of a header, by case-insensitive name.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// The target without its query.
    var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The comma-separated tokens of a header such as `Connection`, lowercased.
    func tokens(_ name: String) -> Set<String> {
        Set(
            values(name).flatMap { $0.split(separator: ",") }.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            })
    }

    /// HTTP/1.1 keeps a connection open unless told to close; HTTP/1.0 only when asked.
    var keepsAlive: Bool {
        let connection = tokens("Connection")
        if version == "HTTP/1.0" { return connection.contains("keep-alive") }
        return !connection.contains("close")
    }
}
