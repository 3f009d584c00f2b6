/// A PDF the build printed from one of its own pages (`trustsite build --pdf`): where it is
/// published and the facts its download link shows.
public struct PrintedPDF: Sendable, Hashable {
    /// The address of the page it is printed from: `/plan/whole/`, `/reviews/2025-26/`.
    public var page: String
    /// The address it is published at: `/plan/children-and-young-peoples-plan-2025-to-2028.pdf`.
    public var url: String
    /// Its size in bytes.
    public var size: Int
    /// Its number of pages.
    public var pageCount: Int

    public init(page: String, url: String, size: Int, pageCount: Int) {
        self.page = page
        self.url = url
        self.size = size
        self.pageCount = pageCount
    }

    /// Where it is written in the output: `plan/children-and-young-peoples-plan-2025-to-2028.pdf`.
    public var outputPath: String { String(url.dropFirst()) }

    /// What a link to it says after its title, the GOV.UK way: "(PDF, 1.2 MB, 36 pages)".
    public var linkFacts: String {
        "(PDF, \(Self.sizeText(size)), \(pageCount) \(pageCount == 1 ? "page" : "pages"))"
    }

    /// A size as GOV.UK writes it: "850 bytes", "12 KB", "1.2 MB" (KB and MB of 1,024).
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) \(bytes == 1 ? "byte" : "bytes")" }
        let kilobytes = (bytes + 1023) / 1024
        if kilobytes < 1024 { return "\(kilobytes) KB" }
        // One decimal place, rounded up, as whole tenths: 1,258,291 bytes is "1.2 MB".
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
