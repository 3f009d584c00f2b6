/// Places inlines that cmark-gfm records without a position (autolinks) by finding their text in
/// the Markdown. Linear over a page, however many there are: the source is split into lines once,
/// and within one block each search starts where the previous one ended (autolinks come in source
/// order), so 20,000 bare addresses on one line are not each searched for from the line's start.
struct InlineLocator {
    /// How many lines from the first line of the inline's container a search reads at most.
    static let linesSearched = 52
    /// After this many texts of one block that are not in the source as written (an address with
    /// `&amp;` or a backslash escape in it), the block's later inlines are not searched for: each
    /// such search reads to the block's end.
    static let failuresPerBlock = 8

    private let bytes: [UInt8]
    /// The byte offset of each line's first byte.
    private let lineStarts: [Int]
    private var cursor: Cursor?
    /// How many bytes have been compared, for tests that the work stays linear.
    private(set) var bytesRead = 0

    /// Where the last search in a block ended.
    private struct Cursor {
        var block: OpaquePointer
        /// Where the next search starts.
        var searchFrom: Int
        /// The start of the last text found, its line (0-based) and its column (in characters).
        var found: Int
        var line: Int
        var column: Int
        var failures: Int
    }

    init(source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// Where `text` first appears at or after `start` (the inline's nearest positioned container,
    /// `lineOffset` lines into the file), and after the text found before it in the same `block`
    /// (its leaf block), up to the block's `endLine`; `start` when it is not found.
    mutating func locate(
        _ text: String, from start: SourcePosition, block: OpaquePointer, endLine: Int, lineOffset: Int
    ) -> SourcePosition {
        let needle = Array(text.utf8)
        let firstLine = start.line - lineOffset - 1
        guard !needle.isEmpty, firstLine >= 0, firstLine < lineStarts.count else { return start }
        let previous = cursor?.block == block ? cursor : nil
        if let previous, previous.failures >= Self.failuresPerBlock { return start }
        var lastLine = min(firstLine + Self.linesSearched - 1, lineStarts.count - 1)
        if endLine - lineOffset - 1 >= firstLine { lastLine = min(lastLine, endLine - lineOffset - 1) }
        let searchEnd = lastLine + 1 < lineStarts.count ? lineStarts[lastLine + 1] : bytes.count
        let searchStart = max(lineStarts[firstLine], previous?.searchFrom ?? 0)
        guard let match = find(needle, from: searchStart, to: searchEnd) else {
            var failed =
                previous
                ?? Cursor(block: block, searchFrom: searchStart, found: -1, line: firstLine, column: 0, failures: 0)
            failed.failures += 1
            cursor = failed
            return start
        }
        let line = lineIndex(of: match, from: max(firstLine, previous?.line ?? firstLine))
        let column: Int
        if let previous, previous.found >= 0, previous.line == line {
            column = previous.column + characters(previous.found, match)
        } else {
            column = 1 + characters(lineStarts[line], match)
        }
        cursor = Cursor(
            block: block, searchFrom: match + needle.count, found: match, line: line, column: column,
            failures: previous?.failures ?? 0)
        return SourcePosition(line: line + 1 + lineOffset, column: column)
    }

    /// The first occurrence of `needle` starting in `from..<to` and ending by `to`.
    private mutating func find(_ needle: [UInt8], from: Int, to: Int) -> Int? {
        var index = from
        while index + needle.count <= to {
            bytesRead += 1
            if bytes[index] == needle[0] {
                var offset = 1
                while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                bytesRead += offset - 1
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The line holding byte `offset`, looking forward from line `from` (at or before it).
    private mutating func lineIndex(of offset: Int, from: Int) -> Int {
        var line = max(0, from)
        while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset {
            line += 1
            bytesRead += 1
        }
        return line
    }

    /// The characters between two byte offsets, as a column counts them.
    private mutating func characters(_ from: Int, _ to: Int) -> Int {
        bytesRead += to - from
        return String(decoding: bytes[from..<to], as: UTF8.self).count
    }
}
