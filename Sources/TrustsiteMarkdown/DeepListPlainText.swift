import CCmarkGFM

/// Plain text for documents whose lists nest deeper than any page needs. cmark-gfm's plain-text
/// renderer takes time in the square of the nesting (each level's indentation is handled again on
/// every line below it: 8,000 levels took 0.9 s, 16,000 levels 3 s), so past `depthLimit` levels
/// the text is taken block by block instead, one line each, without indentation: what the search
/// index, the reading-ease score and a page's summary read from it does not need the indentation.
enum DeepListPlainText {
    /// Lists nested up to this deep go through cmark-gfm's renderer (its cost per line grows with
    /// the depth, so this bounds it); no real page nests lists more than a few levels.
    static let depthLimit = 32

    /// Whether lists in `document` nest more than `depthLimit` levels deep.
    static func isTooDeep(_ document: OpaquePointer) -> Bool {
        guard let iterator = cmark_iter_new(document) else { return false }
        defer { cmark_iter_free(iterator) }
        var depth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return false }
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_LIST else {
                continue
            }
            depth += event == CMARK_EVENT_ENTER ? 1 : -1
            if depth > depthLimit { return true }
        }
    }

    /// Each block's text (a paragraph, heading, table cell or code block) on a line of its own.
    static func text(of document: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(document) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return text }
            guard event == CMARK_EVENT_ENTER, let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = CmarkNode(pointer: pointer)
            if node.type == CMARK_NODE_CODE_BLOCK {
                text += node.literal
            } else if node.isBlock, let child = node.firstChild, !child.isBlock {
                // A block holding inlines: its text, once (the inlines' own events add nothing).
                text += node.plainText + "\n"
            }
        }
    }
}
