/// Why a PDF could not be read, worded for the person who added the file.
public struct PDFError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure, for callers that treat them differently.
    public enum Kind: Sendable, Hashable {
        /// The bytes do not start like a PDF at all.
        case notPDF
        /// The document needs a password to open.
        case encrypted
        /// qpdf could not read it, even trying to repair it.
        case damaged
    }

    public let kind: Kind
    /// What went wrong and what to do about it, naming the file.
    public let message: String
    /// qpdf's own words, for a bug report; empty when the check was trustsite's.
    public let libraryDetail: String

    public init(_ kind: Kind, _ message: String, libraryDetail: String = "") {
        self.kind = kind
        self.message = message
        self.libraryDetail = libraryDetail
    }

    public var description: String {
        libraryDetail.isEmpty ? message : "\(message) (qpdf: \(libraryDetail))"
    }
}
