import Testing
import TrustsiteDocuments

@Suite struct PDFReaderTests {
    @Test func aTaggedTitledPDFReadsAsAccessible() throws {
        let catalogue = try PDFReader.read(path: DocumentFixtures.path("tagged.pdf"))
        #expect(catalogue.pageCount == 2)
        #expect(catalogue.isMarked && catalogue.hasStructureTree && catalogue.isTagged)
        // A UTF-16 title with curly apostrophe and en dash, decoded.
        #expect(catalogue.title == "Children\u{2019}s Trust plan 2025 \u{2013} 2026")
        #expect(catalogue.hasTitle)
        #expect(catalogue.displaysDocumentTitle)
        #expect(catalogue.language == "en-GB")
        #expect(!catalogue.isEncrypted)
        #expect(catalogue.warnings.isEmpty)
    }

    /// A real producer's output (object and cross-reference streams): Chromium's printed PDF.
    @Test func chromiumsPrintedPDFReadsAsAccessible() throws {
        let catalogue = try PDFReader.read(path: DocumentFixtures.path("chromium-print.pdf"))
        #expect(catalogue.pageCount == 1)
        #expect(catalogue.isTagged)
        #expect(catalogue.title == "Plan")
        #expect(catalogue.displaysDocumentTitle)
        #expect(catalogue.language == "en-GB")
        #expect(catalogue.warnings.isEmpty)
    }

    @Test func anUntaggedPDFReadsAsMissingEverything() throws {
        let catalogue = try PDFReader.read(try DocumentFixtures.bytes("untagged.pdf"), name: "content/leaflet.pdf")
        #expect(catalogue.pageCount == 1)
        #expect(!catalogue.isMarked && !catalogue.hasStructureTree && !catalogue.isTagged)
        #expect(catalogue.title == nil && !catalogue.hasTitle)
        #expect(!catalogue.displaysDocumentTitle)
        #expect(catalogue.language == nil && !catalogue.hasLanguage)
        #expect(catalogue.warnings.isEmpty)
    }

    /// Marked without a structure tree is not tagged; a blank title, a language given as a name
    /// rather than a string, and DisplayDocTitle false all count as missing.
    @Test func halfMeasuresDoNotCount() throws {
        let catalogue = try PDFReader.read(path: DocumentFixtures.path("half-tagged.pdf"))
        #expect(catalogue.isMarked)
        #expect(!catalogue.hasStructureTree && !catalogue.isTagged)
        #expect(catalogue.title == "   " && !catalogue.hasTitle)
        #expect(catalogue.language == nil && !catalogue.hasLanguage)
        #expect(!catalogue.displaysDocumentTitle)
    }

    @Test func bytesThatAreNotAPDFAreRefusedByName() {
        let error = #expect(throws: PDFError.self) {
            try PDFReader.read(Array("<html>Annual report</html>".utf8), name: "content/report.pdf")
        }
        #expect(error?.kind == .notPDF)
        #expect(error?.message.hasPrefix("content/report.pdf: this is not a PDF") == true)
        #expect(error?.message.contains("export the document as PDF") == true)
        #expect(throws: PDFError.self) { try PDFReader.read([], name: "empty.pdf") }
    }

    @Test func aMissingFileIsNamed() {
        let error = #expect(throws: PDFError.self) { try PDFReader.read(path: "/nonexistent/plan.pdf") }
        #expect(error?.message.hasPrefix("/nonexistent/plan.pdf: the file could not be read") == true)
    }

    @Test func aPDFBeyondRepairIsDamaged() {
        let error = #expect(throws: PDFError.self) { try PDFReader.read(path: DocumentFixtures.path("damaged.pdf")) }
        #expect(error?.kind == .damaged)
        #expect(error?.message.contains("damaged.pdf: the PDF is damaged") == true)
        #expect(error?.libraryDetail.isEmpty == false)
    }

    @Test func aPDFWithoutPagesIsDamaged() {
        let error = #expect(throws: PDFError.self) {
            try PDFReader.read(path: DocumentFixtures.path("no-page-tree.pdf"))
        }
        #expect(error?.kind == .damaged)
        #expect(error?.message.contains("no-page-tree.pdf: the PDF has no pages") == true)
        #expect(error?.libraryDetail.contains("/Pages") == true)
    }

    /// qpdf repairs a broken cross-reference table: the document reads, with its warnings kept.
    @Test func aRepairablePDFReadsWithWarnings() throws {
        let catalogue = try PDFReader.read(path: DocumentFixtures.path("repairable.pdf"))
        #expect(catalogue.pageCount == 1)
        #expect(!catalogue.warnings.isEmpty)
    }

    @Test func aPasswordProtectedPDFIsRefused() {
        let error = #expect(throws: PDFError.self) { try PDFReader.read(path: DocumentFixtures.path("encrypted.pdf")) }
        #expect(error?.kind == .encrypted)
        #expect(error?.message.contains("needs a password") == true)
    }

    /// Encrypted with an empty user password (restrictions only): it opens, and says so.
    @Test func aRestrictedPDFOpensAndSaysItIsEncrypted() throws {
        let catalogue = try PDFReader.read(path: DocumentFixtures.path("encrypted-no-password.pdf"))
        #expect(catalogue.isEncrypted)
        #expect(catalogue.isTagged && catalogue.pageCount == 2 && catalogue.language == "en-GB")
    }

    @Test func namesTheLibraryVersionForCacheKeys() {
        #expect(PDFReader.libraryVersion.split(separator: ".").count == 3)
    }

    /// qpdf objects are independent: reads on many threads at once give the same answers.
    @Test func readsRunConcurrently() async throws {
        let bytes = try DocumentFixtures.bytes("tagged.pdf")
        let counts = await withTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask { (try? PDFReader.read(bytes, name: "tagged-\(index).pdf"))?.pageCount ?? -1 }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 2, count: 16))
    }
}
