/// A kind of document a page links to as an attachment, named as GOV.UK's attachment component
/// names it: an abbreviation where GOV.UK has one ("PDF", shown as `<abbr title="Portable
/// Document Format">`), else the full name ("MS Word Document").
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case pdf, word, excel, powerPoint, openDocumentText, openDocumentSpreadsheet, openDocumentPresentation, csv

    /// The format of a file by its extension, letter case ignored; nil when it is not a document.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "pdf": self = .pdf
        case "doc", "docx": self = .word
        case "xls", "xlsx": self = .excel
        case "ppt", "pptx": self = .powerPoint
        case "odt": self = .openDocumentText
        case "ods": self = .openDocumentSpreadsheet
        case "odp": self = .openDocumentPresentation
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The full name: "Portable Document Format", "MS Word Document".
    public var name: String {
        switch self {
        case .pdf: "Portable Document Format"
        case .word: "MS Word Document"
        case .excel: "MS Excel Spreadsheet"
        case .powerPoint: "MS PowerPoint Presentation"
        case .openDocumentText: "OpenDocument Text document"
        case .openDocumentSpreadsheet: "OpenDocument Spreadsheet"
        case .openDocumentPresentation: "OpenDocument Presentation"
        case .csv: "Comma-separated Values"
        }
    }

    /// The abbreviation GOV.UK shows instead of the name, when it has one.
    public var abbreviation: String? {
        switch self {
        case .pdf: "PDF"
        case .openDocumentText: "ODT"
        case .openDocumentSpreadsheet: "ODS"
        case .openDocumentPresentation: "ODP"
        case .csv: "CSV"
        case .word, .excel, .powerPoint: nil
        }
    }

    /// What the link text says: the abbreviation, else the name.
    public var label: String { abbreviation ?? name }

    /// Plain text data that any screen reader or spreadsheet reads: needs no accessible version.
    var isPlainData: Bool { self == .csv }

    /// Words that, in brackets in a link's text or just after it, already state the format:
    /// "(PDF, 1.2 MB)", "(Word)", "(CSV)".
    var statedAs: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .word: ["word", "ms word", "doc", "docx"]
        case .excel: ["excel", "ms excel", "xls", "xlsx", "spreadsheet"]
        case .powerPoint: ["powerpoint", "ms powerpoint", "ppt", "pptx"]
        case .openDocumentText: ["odt", "opendocument"]
        case .openDocumentSpreadsheet: ["ods", "opendocument", "spreadsheet"]
        case .openDocumentPresentation: ["odp", "opendocument"]
        case .csv: ["csv"]
        }
    }
}
