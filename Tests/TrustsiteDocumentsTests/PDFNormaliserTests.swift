import Foundation
import Testing
import TrustsiteDocuments

/// Chromium writes the time it printed into every PDF: normalised, the same document gives the same bytes.
@Suite struct PDFNormaliserTests {
    static func normalise(_ bytes: [UInt8], day: String = "20261122") throws -> [UInt8] {
        try PDFNormaliser.normalise(bytes, day: day, producer: "trustsite", name: "plan.pdf")
    }

    /// The fixture with its creation time changed, as a second print a minute later would have it.
    static func reprinted(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: "/CreationDate (D:") else { return bytes }
        let start = text.distance(from: text.startIndex, to: range.upperBound)
        var changed = bytes
        // "D:2026…": the minutes' digits, same length, so offsets stay right.
        changed[start + 10] = changed[start + 10] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        return changed
    }

    @Test func aReprintGivesTheSameBytes() throws {
        let original = try DocumentFixtures.bytes("chromium-print.pdf")
        let changed = Self.reprinted(original)
        #expect(changed != original)
        let normalised = try Self.normalise(original)
        #expect(try Self.normalise(changed) == normalised)
        #expect(try Self.normalise(normalised) == normalised)
        let text = String(decoding: normalised, as: UTF8.self)
        #expect(text.contains("D:20261122000000Z"))
        #expect(!text.contains("Skia/PDF"))
        #expect(text.contains("/ID ["))
    }

    @Test func theAccessibilityFactsSurvive() throws {
        let before = try PDFReader.read(path: DocumentFixtures.path("chromium-print.pdf"))
        let after = try PDFReader.read(
            try Self.normalise(try DocumentFixtures.bytes("chromium-print.pdf")), name: "plan.pdf")
        #expect(after.isTagged && after.displaysDocumentTitle)
        #expect(after.title == before.title && after.language == before.language)
        #expect(after.pageCount == before.pageCount)
    }

    @Test func anotherDayGivesAnotherDate() throws {
        let bytes = try DocumentFixtures.bytes("chromium-print.pdf")
        #expect(try Self.normalise(bytes, day: "20270101") != Self.normalise(bytes))
        #expect(throws: PDFError.self) { try Self.normalise(bytes, day: "2027-01-01") }
        #expect(throws: PDFError.self) { try Self.normalise(Array("not a pdf".utf8)) }
    }
}
