import CCmarkGFM
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns GitHub Flavored Markdown into HTML with cmark-gfm (tables, strikethrough, autolinks,
/// tag filter, task lists and footnotes), adding what a public site needs: linkable headings,
/// labelled scrollable tables, and the facts the output checks read (links, images, raw HTML).
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`; `lineOffset` is added to every position (the lines of front matter above it).
    public func render(_ source: String, lineOffset: Int = 0) -> RenderedMarkdown {
        CmarkRegistration.ensure()
        let cmarkOptions = cmarkFlags
        // Creating, equipping and feeding a parser touches no shared state, so parses run side by
        // side; only the inline pass in cmark_parser_finish is serialised (CmarkRegistration says why).
        guard let parser = cmark_parser_new(cmarkOptions) else {
            return RenderedMarkdown(html: "", headings: [], links: [], images: [], rawHTML: [], plainText: "")
        }
        defer { cmark_parser_free(parser) }
        for name in CmarkRegistration.extensionNames {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        // The edge marker must never come from the input (see DocumentRewriter).
        var cleaned = source
        for marker in [DocumentRewriter.edgeMarker, DocumentRewriter.captionMarker]
        where cleaned.utf8.contains(marker.utf8.first ?? 0) {
            cleaned = cleaned.replacingOccurrences(of: marker, with: "\u{FFFD}")
        }
        var bytes = Array(cleaned.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let documentPointer = CmarkRegistration.inlinePassLock.withLock({ cmark_parser_finish(parser) }) else {
            return RenderedMarkdown(html: "", headings: [], links: [], images: [], rawHTML: [], plainText: "")
        }
        defer { cmark_node_free(documentPointer) }

        var rewriter = DocumentRewriter(options: options, lineOffset: lineOffset)
        rewriter.source = cleaned
        rewriter.inspect(CmarkNode(pointer: documentPointer))
        // Replaced nodes own the buffers their moved children still point into: free them last.
        defer { rewriter.releaseDetachedNodes() }

        let html = renderHTML(documentPointer, parser: parser, flags: cmarkOptions)
        let plainText =
            DeepListPlainText.isTooDeep(documentPointer)
            ? DeepListPlainText.text(of: documentPointer) : renderPlainText(documentPointer, flags: cmarkOptions)
        return RenderedMarkdown(
            html: rewriter.finish(html),
            headings: rewriter.headings,
            links: rewriter.links,
            images: rewriter.images,
            rawHTML: rewriter.rawHTML,
            plainText: plainText,
            sections: rewriter.finishedSections()
        )
    }

    private var cmarkFlags: Int32 {
        var flags = CMARK_OPT_FOOTNOTES
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        if options.accessibleTables { flags |= CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES }
        return flags
    }

    private func renderHTML(_ document: OpaquePointer, parser: OpaquePointer, flags: Int32) -> String {
        guard let html = cmark_render_html(document, flags, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }

    private func renderPlainText(_ document: OpaquePointer, flags: Int32) -> String {
        guard let text = cmark_render_plaintext(document, flags, 0) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }
}
