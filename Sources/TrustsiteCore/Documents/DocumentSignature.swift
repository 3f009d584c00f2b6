import Foundation

/// Whether a document's first bytes are what its extension says, so a file saved under the wrong
/// name (an HTML error page saved as `.docx`, a PDF renamed `.xls`) is caught at build time, not
/// by a reader whose program cannot open it.
enum DocumentSignature {
    private static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let compoundFile: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What is wrong with `head` (a file's first bytes) for a file named `fileName`, with what to
    /// do; nil when it looks right. PDFs are checked by `PDFReader`, which reads them whole.
    static func problem(fileName: String, head: [UInt8]) -> (problem: String, hint: String)? {
        let lower = fileName.lowercased()
        let ext = lower.split(separator: ".").last.map(String.init) ?? ""
        let expected: [UInt8]
        let kind: String
        switch ext {
        case "docx", "xlsx", "pptx":
            (expected, kind) = (zip, "an Office Open XML file (a ZIP package)")
        case "odt", "ods", "odp":
            (expected, kind) = (zip, "an OpenDocument file (a ZIP package)")
        case "doc", "xls", "ppt":
            (expected, kind) = (compoundFile, "an Office 97–2003 file")
        case "csv":
            guard head.contains(0) else { return nil }
            return (
                "this is not a CSV file: it holds binary data, not text",
                "Open the data in a spreadsheet and save it as \"CSV UTF-8 (Comma delimited)\", or rename the file to what it is."
            )
        default:
            return nil
        }
        guard !head.starts(with: expected) else { return nil }
        return (
            "this is not \(kind), as a .\(ext) file must be",
            "Open the document in the program that made it and save it again as .\(ext), or rename the file to what it is."
        )
    }

    /// The first `count` bytes of the file at `path`; empty when it cannot be read.
    static func head(of path: String, count: Int = 4096) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }
}
