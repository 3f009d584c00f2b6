extension ContextBuilder {
    /// The download link to a printed PDF (`trustsite build --pdf`), for the template's
    /// `{{#pdf_download}}`: its address, what it is, and its format, size and pages the GOV.UK way.
    /// Nil when the page has no printed PDF, so the template writes nothing.
    func pdfDownload(printedFrom page: String, label: String) -> [String: Any]? {
        guard let pdf = content.printedPDFs[page] else { return nil }
        return ["url": pdf.url, "label": label, "facts": pdf.linkFacts]
    }
}
