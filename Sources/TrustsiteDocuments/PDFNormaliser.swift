import CQPDF

/// Rewrites a PDF so the same document always gives the same bytes: a producer such as Chromium
/// writes the time it printed and, in other versions, a random document ID. The dates become a
/// fixed day's (the build's "today"), the producer a fixed name and the ID one computed from the
/// content, so a site built twice from the same input is byte-identical.
public enum PDFNormaliser {
    /// The normalised bytes of `bytes`; `day` is "YYYYMMDD", `producer` the name written as
    /// `/Producer`, `name` the document's name for errors.
    public static func normalise(
        _ bytes: [UInt8], day: String, producer: String, name: String
    ) throws(PDFError) -> [UInt8] {
        guard PDFReader.startsLikePDF(bytes) else {
            throw PDFError(.notPDF, "\(name): this is not a PDF (it does not start with %PDF-)")
        }
        guard day.count == 8, day.allSatisfy(\.isASCII), day.allSatisfy(\.isNumber) else {
            throw PDFError(.damaged, "\(name): the date '\(day)' is not YYYYMMDD")
        }
        let outcome: Result<[UInt8], PDFError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(PDFError) -> [UInt8] in
                try rewrite(buffer, date: "D:\(day)000000Z", producer: producer, name: name)
            }
        }
        return try outcome.get()
    }

    private static func rewrite(
        _ buffer: UnsafeRawBufferPointer, date: String, producer: String, name: String
    ) throws(PDFError) -> [UInt8] {
        let session = QPDFSession()
        if let error = session.read(buffer, description: name) {
            throw PDFError(.damaged, "\(name): the PDF could not be read to normalise it", libraryDetail: error.text)
        }
        session.setInformation(["/CreationDate": date, "/ModDate": date, "/Producer": producer])
        guard let written = session.writeDeterministically() else {
            throw PDFError(
                .damaged, "\(name): the PDF could not be written again", libraryDetail: session.lastError()?.text ?? "")
        }
        return written
    }
}
