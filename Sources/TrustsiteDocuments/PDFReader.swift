import CQPDF
import Foundation

/// Reads the accessibility facts of a PDF (page count, tags, title, language) through qpdf.
/// Every call is independent and may run on any thread.
public enum PDFReader {
    /// The qpdf version ("11.3.0"), for a cache of results to key on.
    public static var libraryVersion: String {
        qpdf_get_qpdf_version().map { String(cString: $0) } ?? "unknown"
    }

    /// Reads the PDF at `path`; errors name the path.
    public static func read(path: String) throws(PDFError) -> PDFCatalogue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PDFError(.damaged, "\(path): the file could not be read; check that it exists and is readable")
        }
        return try read([UInt8](data), name: path)
    }

    /// Reads a PDF held in memory; `name` is the file's path as the author knows it, for errors.
    public static func read(_ bytes: [UInt8], name: String) throws(PDFError) -> PDFCatalogue {
        guard startsLikePDF(bytes) else {
            throw PDFError(
                .notPDF, "\(name): this is not a PDF (it does not start with %PDF-); export the document as PDF again")
        }
        let outcome: Result<PDFCatalogue, PDFError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(PDFError) -> PDFCatalogue in try catalogue(of: buffer, name: name) }
        }
        return try outcome.get()
    }

    /// qpdf's own test for a PDF: "%PDF-" within the first 1024 bytes. Anything else qpdf would
    /// try to "repair" into an empty document, which is no help to the author.
    static func startsLikePDF(_ bytes: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        let head = bytes.prefix(1024)
        guard head.count >= marker.count else { return false }
        return (0...(head.count - marker.count)).contains { head[$0..<$0 + marker.count].elementsEqual(marker) }
    }

    private static func catalogue(of buffer: UnsafeRawBufferPointer, name: String) throws(PDFError) -> PDFCatalogue {
        let session = QPDFSession()
        if let error = session.read(buffer, description: name) {
            if error.code == qpdf_e_password {
                throw PDFError(
                    .encrypted,
                    "\(name): the PDF needs a password to open; publish a copy saved without a password",
                    libraryDetail: error.text)
            }
            throw damaged(name, error.text)
        }
        guard let pageCount = session.pageCount, session.lastError() == nil else {
            throw damaged(name, session.lastError()?.text ?? "")
        }
        // qpdf counts a missing or broken page tree as no pages, with a warning.
        guard pageCount > 0 else {
            throw PDFError(
                .damaged, "\(name): the PDF has no pages qpdf can find; export it from its source again",
                libraryDetail: session.takeWarnings().joined(separator: "; "))
        }
        let root = session.root
        let info = session.value("/Info", in: session.trailer)
        let isMarked = session.isTrue(session.value("/Marked", in: session.value("/MarkInfo", in: root)))
        let hasStructureTree = session.isDictionary(session.value("/StructTreeRoot", in: root))
        let title = session.text(session.value("/Title", in: info))
        let viewerPreferences = session.value("/ViewerPreferences", in: root)
        let displaysDocumentTitle = session.isTrue(session.value("/DisplayDocTitle", in: viewerPreferences))
        let language = session.text(session.value("/Lang", in: root))
        if let error = session.lastError() {
            throw damaged(name, error.text)
        }
        return PDFCatalogue(
            pageCount: pageCount, isMarked: isMarked, hasStructureTree: hasStructureTree, title: title,
            displaysDocumentTitle: displaysDocumentTitle, language: language, isEncrypted: session.isEncrypted,
            warnings: session.takeWarnings())
    }

    private static func damaged(_ name: String, _ detail: String) -> PDFError {
        PDFError(
            .damaged, "\(name): the PDF is damaged and could not be read; export it from its source again",
            libraryDetail: detail)
    }
}
