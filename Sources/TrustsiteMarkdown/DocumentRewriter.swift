import CCmarkGFM
import Foundation
import TrustsiteEscaping

/// Walks a parsed document once: records headings, links, images and raw HTML, and rewrites the
/// tree where trustsite adds to cmark-gfm's output (heading ids, table regions).
struct DocumentRewriter {
    /// Marks the edges of trustsite's own blocks so the line breaks cmark puts around custom
    /// blocks can be removed after rendering. Stripped from the input, so it never occurs there.
    static let edgeMarker = "\u{1}"
    /// Brackets the number of a table whose caption is filled in after rendering.
    static let captionMarker = "\u{2}"

    let options: MarkdownOptions
    let lineOffset: Int
    /// The Markdown, to place links that cmark-gfm records without a position (autolinks).
    var source = ""
    /// Made from `source` at the first link without a position.
    private var locator: InlineLocator?
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [MarkdownLink] = []
    private(set) var images: [MarkdownImage] = []
    private(set) var rawHTML: [RawHTML] = []
    private(set) var sections: [MarkdownSection] = []
    private var detached: [OpaquePointer] = []
    /// Captions by table number, with the caption's id.
    private var captions: [(id: String, text: String)] = []
    private var slugger: Slugger

    init(options: MarkdownOptions, lineOffset: Int) {
        self.options = options
        self.lineOffset = lineOffset
        self.slugger = Slugger(reserved: options.reservedIDs)
    }

    mutating func inspect(_ document: CmarkNode) {
        collectSections(document)
        var headingNodes: [(CmarkNode, String)] = []
        var tableNodes: [CmarkNode] = []
        for node in document.descendants {
            switch node.type {
            case CMARK_NODE_HEADING:
                let heading = record(heading: node)
                headingNodes.append((node, heading.id))
            case CMARK_NODE_LINK:
                recordLink(node)
            case CMARK_NODE_IMAGE:
                images.append(
                    MarkdownImage(
                        source: node.url, alternativeText: node.plainText,
                        title: cmark_node_get_title(node.pointer).map { String(cString: $0) } ?? "",
                        position: node.position(lineOffset: lineOffset)))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML.append(RawHTML(html: node.literal, position: node.position(lineOffset: lineOffset)))
            default:
                if node.typeName == "table" { tableNodes.append(node) }
            }
        }
        if options.headingIDs {
            for (node, id) in headingNodes {
                wrap(
                    node, open: "<h\(node.headingLevel) id=\"\(HTMLEscaping.escape(id))\">",
                    close: "</h\(node.headingLevel)>", movingChildren: true)
            }
        }
        if options.accessibleTables {
            var labelsUsed: [String: Int] = [:]
            for table in tableNodes {
                let cells = Self.headerCells(of: table)
                var label = cells.isEmpty ? "Table" : "Table: " + cells.joined(separator: ", ")
                // Two regions with one name cannot be told apart by a screen reader user.
                labelsUsed[label, default: 0] += 1
                if let count = labelsUsed[label], count > 1 { label += " (\(count))" }
                if let caption = takeCaption(before: table) {
                    // `Table: What each status means` just above a table becomes its caption and names its region.
                    let id = slugger.slug(for: "table " + caption)
                    captions.append((id, caption))
                    let marker = Self.captionMarker + String(captions.count - 1) + Self.captionMarker
                    wrap(
                        table,
                        open: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\""
                            + HTMLEscaping.escape(id) + "\">" + marker, close: "</div>", movingChildren: false)
                } else {
                    wrap(
                        table,
                        open: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
                            + HTMLEscaping.escape(label) + "\">", close: "</div>", movingChildren: false)
                }
            }
        }
    }

    /// Groups the top-level blocks' text under the heading above them. Runs before headings are
    /// recorded, so ids are matched up afterwards by order.
    private mutating func collectSections(_ document: CmarkNode) {
        for block in document.children {
            if block.type == CMARK_NODE_HEADING {
                // The heading id is filled in later, matched by line (ids are made when headings are recorded).
                sections.append(
                    MarkdownSection(
                        headingID: String(block.position(lineOffset: lineOffset).line), level: block.headingLevel,
                        text: ""))
            } else if !sections.isEmpty {
                let text = block.plainText.trimmedWhitespace
                if !text.isEmpty {
                    sections[sections.count - 1].text +=
                        (sections[sections.count - 1].text.isEmpty ? "" : "\n\n") + text
                }
            }
        }
    }

    /// Sections with their headings' ids; a section also holds the text of its subsections.
    func finishedSections() -> [MarkdownSection] {
        var result = sections
        // The first heading on each line (a dictionary: a page may have 20,000 headings).
        var idsByLine: [Int: String] = [:]
        for heading in headings where idsByLine[heading.position.line] == nil {
            idsByLine[heading.position.line] = heading.id
        }
        for i in result.indices {
            let line = Int(result[i].headingID) ?? 0
            result[i].headingID = idsByLine[line] ?? ""
        }
        // A section's text includes its subsections, up to the next heading at its level or above.
        for i in result.indices {
            var j = i + 1
            while j < result.count, result[j].level > result[i].level {
                if !result[j].text.isEmpty { result[i].text += "\n\n" + result[j].text }
                j += 1
            }
        }
        return result
    }

    private mutating func record(heading node: CmarkNode) -> MarkdownHeading {
        var text = node.plainText
        var explicitID: String?
        if options.headingIDs, let (stripped, id) = Self.splitExplicitID(text) {
            text = stripped.trimmedWhitespace
            explicitID = id
            if let last = node.lastChild, last.type == CMARK_NODE_TEXT,
                let (literal, _) = Self.splitExplicitID(last.literal)
            {
                cmark_node_set_literal(last.pointer, literal)
            }
        }
        var id = ""
        var isExplicit = false
        if options.headingIDs {
            if let explicitID, let claimed = slugger.claim(explicitID) {
                id = claimed
                isExplicit = true
            } else {
                id = slugger.slug(for: text)
            }
        }
        let heading = MarkdownHeading(
            level: node.headingLevel, text: text, id: id, isExplicitID: isExplicit,
            position: node.position(lineOffset: lineOffset))
        headings.append(heading)
        return heading
    }

    private mutating func recordLink(_ node: CmarkNode) {
        let text = node.plainText
        let url = node.url
        let isBare = text == url || "http://" + text == url || "mailto:" + text == url
        var position = node.position(lineOffset: lineOffset)
        if cmark_node_get_start_line(node.pointer) == 0, let block = node.leafBlock {
            if locator == nil { locator = InlineLocator(source: source) }
            position =
                locator?.locate(
                    text, from: position, block: block.pointer, endLine: block.endLine + lineOffset,
                    lineOffset: lineOffset) ?? position
        }
        links.append(MarkdownLink(destination: url, text: text, isBareURL: isBare, position: position))
    }

    /// Removes a `Table: caption` paragraph just above `table` and returns the caption.
    private mutating func takeCaption(before table: CmarkNode) -> String? {
        guard let previous = cmark_node_previous(table.pointer).map(CmarkNode.init),
            previous.type == CMARK_NODE_PARAGRAPH
        else { return nil }
        let text = previous.plainText.trimmedWhitespace
        guard text.hasPrefix("Table:") else { return nil }
        let caption = text.dropFirst("Table:".count).trimmedWhitespace
        guard !caption.isEmpty else { return nil }
        cmark_node_unlink(previous.pointer)
        detached.append(previous.pointer)
        return caption
    }

    /// Puts `node` (or, with `movingChildren`, only its children) inside a custom block that
    /// renders as `open` ... `close`.
    private mutating func wrap(_ node: CmarkNode, open: String, close: String, movingChildren: Bool) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, open + Self.edgeMarker)
        cmark_node_set_on_exit(block, Self.edgeMarker + close)
        if movingChildren {
            while let child = cmark_node_first_child(node.pointer) {
                guard cmark_node_append_child(block, child) == 1 else { break }
            }
            cmark_node_replace(node.pointer, block)
            detached.append(node.pointer)
        } else {
            cmark_node_insert_before(node.pointer, block)
            cmark_node_append_child(block, node.pointer)
        }
    }

    func releaseDetachedNodes() {
        for node in detached { cmark_node_free(node) }
    }

    /// Removes the line breaks cmark puts inside trustsite's blocks and finishes the HTML.
    func finish(_ html: String) -> String {
        var replacements: [(pattern: String, with: String)] = [
            (Self.edgeMarker + "\n", ""), ("\n" + Self.edgeMarker, ""), (Self.edgeMarker, ""),
        ]
        if options.accessibleTables {
            replacements += [("<th>", "<th scope=\"col\">"), ("<th style=", "<th scope=\"col\" style=")]
        }
        if options.headingIDs {
            // A task list box is read out; give it a name so it is not an unlabelled control.
            replacements += [
                (
                    "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                    "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"
                ),
                (
                    "<input type=\"checkbox\" disabled=\"\" />",
                    "<input type=\"checkbox\" disabled=\"\" aria-label=\"Done\" />"
                ),
            ]
        }
        // Where two patterns start alike, the longer is listed first and wins.
        return ByteReplacement.replacing(replacements, in: fillingCaptions(html))
    }

    /// Each captioned table's marker replaced by its caption, inside the table: one pass that reads
    /// the table's number from the marker (a pattern per table made 20,000 tables quadratic).
    /// The marker is followed by the block's edge marker and line break, then `<table>`.
    private func fillingCaptions(_ html: String) -> String {
        guard !captions.isEmpty, let marker = Self.captionMarker.utf8.first else { return html }
        let tail = Array((Self.edgeMarker + "\n<table>").utf8)
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + captions.count * 64)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == marker else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var end = index + 1
            var number = 0
            while end < bytes.count, end - index <= 10, (0x30...0x39).contains(bytes[end]) {
                number = number * 10 + Int(bytes[end] - 0x30)
                end += 1
            }
            let after = end + 1
            guard end > index + 1, end < bytes.count, bytes[end] == marker, number < captions.count,
                after + tail.count <= bytes.count, bytes[after..<after + tail.count].elementsEqual(tail)
            else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let caption = captions[number]
            output += Array(
                "<table>\n<caption id=\"\(HTMLEscaping.escape(caption.id))\">\(HTMLEscaping.escape(caption.text))</caption>"
                    .utf8)
            index = after + tail.count
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `Heading text {#some-id}` → ("Heading text", "some-id").
    static func splitExplicitID(_ text: String) -> (String, String)? {
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else { return nil }
        let id = text[open.upperBound..<text.index(before: text.endIndex)]
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        let before = text[..<open.lowerBound]
        guard before.isEmpty || before.last == " " else { return nil }
        var kept = Substring(before)
        while kept.last == " " { kept.removeLast() }
        return (String(kept), String(id))
    }

    private static func headerCells(of table: CmarkNode) -> [String] {
        guard let headerRow = table.firstChild else { return [] }
        return headerRow.children.map { $0.plainText.trimmedWhitespace }.filter { !$0.isEmpty }
    }
}
