import CCmarkGFM

/// Read-only helpers over a cmark node pointer. Internal: no C type leaves this module.
struct CmarkNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var typeName: String { cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "" }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var lastChild: CmarkNode? { cmark_node_last_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    /// Whether this is a block (paragraph, heading, table cell...) rather than an inline.
    var isBlock: Bool { type.rawValue & 0xC000 == 0x8000 }

    /// The nearest block holding this node (itself, if a block) that has a position.
    var leafBlock: CmarkNode? {
        var node: CmarkNode? = self
        while let current = node {
            if current.isBlock, cmark_node_get_start_line(current.pointer) > 0 { return current }
            node = current.parent
        }
        return nil
    }

    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The node's start, or its nearest ancestor's when cmark did not record one (some inlines).
    func position(lineOffset: Int) -> SourcePosition {
        var node: CmarkNode? = self
        while let current = node {
            let line = Int(cmark_node_get_start_line(current.pointer))
            if line > 0 {
                return SourcePosition(
                    line: line + lineOffset, column: max(1, Int(cmark_node_get_start_column(current.pointer))))
            }
            node = current.parent
        }
        return SourcePosition(line: 1 + lineOffset, column: 1)
    }

    /// The text a reader sees: literals of text and code, breaks as spaces.
    var plainText: String {
        var text = ""
        appendText(to: &text)
        return text
    }

    private func appendText(to text: inout String) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            text += literal
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        default:
            for child in children { child.appendText(to: &text) }
        }
    }

    /// Every node below this one, depth first, in document order.
    var descendants: [CmarkNode] {
        var result: [CmarkNode] = []
        var stack = children.reversed() as [CmarkNode]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }
}
