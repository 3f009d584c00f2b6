import Foundation
import TrustsiteDocuments

/// Works out `SiteContent.documentFacts` once per build: each published document's format and
/// size, its `documents.yml` entry, and for a PDF what qpdf reads in its catalogue. PDFs are read
/// on all cores; a file named `.pdf` that is not one, or is damaged or locked with a password, is
/// an error at the file saying what to do, and has no PDF facts; so is an Office, OpenDocument or
/// CSV file whose first bytes are not what its extension says (`DocumentSignature`).
struct DocumentFactsReader {
    let root: URL
    let log: DiagnosticLog

    func facts(for files: [PublishedFile], metadata: [String: DocumentMetadata]) -> [String: DocumentFacts] {
        let documents = files.compactMap { file in
            DocumentFormat(fileName: file.source).map {
                DocumentFacts(
                    source: file.source, url: file.url, format: $0, size: file.size, metadata: metadata[file.source])
            }
        }
        let pdfs = documents.indices.filter { documents[$0].format == .pdf }
        let read = Locked<[Int: Result<PDFFacts, PDFError>]>([:])
        DispatchQueue.concurrentPerform(iterations: pdfs.count) { position in
            let index = pdfs[position]
            let outcome = readPDF(documents[index].source)
            read.withLock { $0[index] = outcome }
        }
        for document in documents where document.format != .pdf {
            let head = DocumentSignature.head(of: root.appending(path: document.source).path)
            if let (problem, hint) = DocumentSignature.problem(fileName: document.source, head: head) {
                log.error(SourceLocation(file: document.source), problem + ".", hint: hint)
            }
        }
        var result: [String: DocumentFacts] = [:]
        let outcomes = read.withLock { $0 }
        for (index, document) in documents.enumerated() {
            var facts = document
            switch outcomes[index] {
            case .success(let pdf): facts.pdf = pdf
            case .failure(let error): report(error, for: document.source)
            case nil: break
            }
            result[facts.url] = facts
        }
        return result
    }

    private func readPDF(_ source: String) -> Result<PDFFacts, PDFError> {
        guard let data = FileManager.default.contents(atPath: root.appending(path: source).path) else {
            return .failure(PDFError(.damaged, "the file could not be read; check that it exists and is readable"))
        }
        return Result { () throws(PDFError) -> PDFFacts in
            let catalogue = try PDFReader.read([UInt8](data), name: source)
            return PDFFacts(
                pageCount: catalogue.pageCount, isTagged: catalogue.isTagged,
                title: catalogue.hasTitle ? catalogue.title : nil, displaysTitle: catalogue.displaysDocumentTitle,
                language: catalogue.hasLanguage ? catalogue.language : nil)
        }
    }

    /// PDFReader's messages start with the name given; the location names the file already.
    private func report(_ error: PDFError, for source: String) {
        var message = error.message
        if message.hasPrefix(source + ": ") { message.removeFirst(source.count + 2) }
        let hint =
            error.kind == .notPDF
            ? "A file whose name ends in .pdf must be a PDF: open the document in the program that made it "
                + "and export or save it as PDF, or rename the file to what it is."
            : "Check that it opens in a PDF reader; if it does not, export it again."
        log.report(
            Diagnostic(.error, at: SourceLocation(file: source), "this PDF cannot be read: \(message).", hint: hint)
                .breaking(DocumentsAccessibleRule.ruleID))
    }
}
