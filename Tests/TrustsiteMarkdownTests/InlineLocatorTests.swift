import Testing

@testable import TrustsiteMarkdown

/// Bare addresses (autolinks) get no position from cmark-gfm: they are found in the source.
@Suite struct InlineLocatorTests {
    let renderer = MarkdownRenderer()

    @Test func bareAddressesArePlacedWhereTheyAreWritten() {
        let result = renderer.render("Intro.\n\nCafé https://example.org/a and www.example.org.\n", lineOffset: 3)
        #expect(
            result.links.map(\.position) == [
                SourcePosition(line: 6, column: 6), SourcePosition(line: 6, column: 32),
            ])
    }

    @Test func aRepeatedAddressIsPlacedAtEachUse() {
        // Each search starts after the one before: the second use is not placed at the first.
        let result = renderer.render(
            "See https://example.org and\nagain https://example.org here https://example.org\n")
        #expect(
            result.links.map(\.position) == [
                SourcePosition(line: 1, column: 5), SourcePosition(line: 2, column: 7),
                SourcePosition(line: 2, column: 32),
            ])
    }

    @Test func anAddressInEmphasisIsPlacedToo() {
        let result = renderer.render("One https://a.example *two https://b.example* three https://c.example\n")
        #expect(result.links.map(\.position.column) == [5, 28, 53])
    }

    @Test func twentyThousandAddressesOnOneLineTakeLinearWork() throws {
        let addresses = (0..<20_000).map { "https://example.org/r\($0)" }
        let source = addresses.joined(separator: " ") + "\n"
        var locator = InlineLocator(source: source)
        let block = try #require(OpaquePointer(bitPattern: 0x10))
        var column = 1
        for address in addresses {
            let position = locator.locate(
                address, from: SourcePosition(line: 1, column: 1), block: block, endLine: 1, lineOffset: 0)
            #expect(position == SourcePosition(line: 1, column: column))
            column += address.count + 1
        }
        // Searching each from the line's start would read about 5 billion bytes.
        #expect(locator.bytesRead <= 3 * source.utf8.count)
    }

    @Test func rendererFindsManyAddressesOnOneLine() {
        let source = (0..<500).map { "https://example.org/r\($0)" }.joined(separator: " ") + "\n"
        let result = renderer.render(source)
        #expect(result.links.count == 500)
        #expect(result.links.last?.position.column == source.utf8.count - "https://example.org/r499".count)
    }

    @Test func failedSearchesStopAfterAFewInABlock() throws {
        var locator = InlineLocator(source: String(repeating: "text ", count: 1_000) + "\n")
        let block = try #require(OpaquePointer(bitPattern: 0x10))
        let start = SourcePosition(line: 1, column: 1)
        for _ in 0..<100 {
            #expect(
                locator.locate("https://missing.example", from: start, block: block, endLine: 1, lineOffset: 0) == start
            )
        }
        #expect(locator.bytesRead <= (InlineLocator.failuresPerBlock + 1) * 5_001)
    }
}
