/// Why an image could not be read or processed, worded for the person who added the file.
public struct ImageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and what to do about it, naming the file.
    public let message: String
    /// libvips's own words, for a bug report; empty when the check was trustsite's.
    public let libraryDetail: String

    public init(_ message: String, libraryDetail: String = "") {
        self.message = message
        self.libraryDetail = libraryDetail
    }

    public var description: String {
        libraryDetail.isEmpty ? message : "\(message) (libvips: \(libraryDetail))"
    }
}
