import Foundation
import Testing

@testable import TrustsiteMarkdown

/// Renders thousands of documents on many threads at once and compares each with a serial render,
/// byte for byte: cmark-gfm keeps its extensions' special characters in one process-wide table that
/// every inline pass fills and then clears (see CmarkRegistration), so a parse that overlaps another
/// one's inline pass loses its strikethrough, autolinks and the emphasis next to `~`.
@Suite struct ConcurrentRenderingTests {
    /// How many threads render at once: more than the cores, so the scheduler interleaves them too.
    static let threadCount = 8
    /// How many documents each thread renders.
    static let rendersPerThread = 200

    @Test func concurrentRendersMatchSerialRendersByteForByte() {
        let documents = Self.documents()
        let renderer = MarkdownRenderer()
        let serial = documents.map { renderer.render($0, lineOffset: 3) }
        // The comparison means something only if the serial renders use every extension.
        let serialHTML = serial.map(\.html).joined()
        for fragment in [
            "<del>", "<a href=\"http://www.", "<a href=\"https://", "<table>", "type=\"checkbox\"",
            "class=\"footnotes\"", "<em><del>",
        ] {
            #expect(serialHTML.contains(fragment), "no \(fragment) in the serial renders")
        }

        let mismatches = Self.renderConcurrently(documents, renderer: renderer, expected: serial)
        #expect(
            mismatches.count == 0, "\(mismatches.count) concurrent renders differ; first: \(mismatches.first ?? "")")
    }

    /// Parses run side by side only because every inline pass takes `CmarkRegistration.inlinePassLock`
    /// and nothing swaps the allocator or registers extensions while parsing: a new call site that
    /// forgets the lock would pass every other test most of the time.
    @Test func everyInlinePassInTheSourcesTakesTheLock() throws {
        let sources = ConformanceData.packageRoot.appending(path: "Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var inlinePasses = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() {
                let place = "\(file.lastPathComponent):\(number + 1)"
                for call in [
                    "cmark_parser_finish(", "cmark_parse_document(", "cmark_markdown_to_html(", "cmark_parse_file(",
                ]
                where line.contains(call) {
                    inlinePasses += 1
                    #expect(
                        line.contains("CmarkRegistration.inlinePassLock.withLock"),
                        "\(place) calls \(call) without the lock")
                }
                for call in ["cmark_get_arena_mem_allocator(", "cmark_parser_new_with_mem(", "cmark_register_plugin("] {
                    #expect(!line.contains(call), "\(place) calls \(call): see CmarkRegistration")
                }
                if line.contains("cmark_gfm_core_extensions_ensure_registered(") {
                    #expect(file.lastPathComponent == "CmarkRegistration.swift", "\(place) registers extensions")
                }
            }
        }
        #expect(inlinePasses == 1)
    }

    /// Renders every document `rendersPerThread` times over on `threadCount` threads started together,
    /// returning a line for each render that differs from `expected`.
    static func renderConcurrently(
        _ documents: [String], renderer: MarkdownRenderer, expected: [RenderedMarkdown]
    ) -> [String] {
        let mismatches = MismatchLog()
        let start = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        for thread in 0..<threadCount {
            finished.enter()
            Thread {
                start.wait()
                for round in 0..<rendersPerThread {
                    // Each thread walks the documents from a different place, so different ones overlap.
                    let index = (round + thread * 7) % documents.count
                    let result = renderer.render(documents[index], lineOffset: 3)
                    if result != expected[index] {
                        mismatches.add("document \(index) on thread \(thread): " + difference(result, expected[index]))
                    }
                }
                finished.leave()
            }.start()
        }
        for _ in 0..<threadCount { start.signal() }
        finished.wait()
        return mismatches.lines
    }

    /// Documents whose inline passes are long and lean on every extension's special characters:
    /// `~` (strikethrough, also an emphasis flanking character), `w` and `:` (autolinks).
    static func documents() -> [String] {
        (0..<24).map { number in
            var lines = ["# Page \(number)", ""]
            for paragraph in 0..<(4 + number % 5) {
                lines.append(
                    "Paragraph \(paragraph) has ~~old words \(number)~~ new words, *~~struck emphasis~~* and "
                        + "**bold ~~inside~~ bold**, see www.example\(number).org/path?q=\(paragraph) or "
                        + "https://trust.example.gov.uk/services/\(number) and mail help\(number)@example.org "
                        + "with a note[^n\(paragraph)] and ~one tilde~ and `code ~~not struck~~`.")
                lines.append("")
            }
            lines += [
                "| Service | Where | Notes |",
                "|:--|:-:|--:|",
                "| ~~Closed~~ hub \(number) | www.hub\(number).example.org | *open* ~~Mon~~ Tue |",
                "| Clinic | https://clinic.example.org/\(number) | footnote[^n0] |",
                "",
                "- [x] done ~~task~~ \(number)",
                "- [ ] to do at www.todo\(number).example.com",
                "  - [x] nested https://nested.example.org",
                "",
            ]
            for paragraph in 0..<(4 + number % 5) {
                lines.append(
                    "[^n\(paragraph)]: Note \(paragraph) with ~~a strike~~ and www.note\(paragraph).example.org.")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// Where `result` first departs from `expected`: the HTML around the first differing byte.
private func difference(_ result: RenderedMarkdown, _ expected: RenderedMarkdown) -> String {
    let got = Array(result.html.utf8)
    let wanted = Array(expected.html.utf8)
    let shorter = min(got.count, wanted.count)
    let firstDifference = (0..<shorter).first { got[$0] != wanted[$0] }
    guard let offset = firstDifference ?? (got.count == wanted.count ? nil : shorter) else {
        return "same HTML, other facts differ"
    }
    let start = max(0, offset - 40)
    return "at byte \(offset) got \"\(String(decoding: got[start..<min(got.count, offset + 60)], as: UTF8.self))\", "
        + "expected \"\(String(decoding: wanted[start..<min(wanted.count, offset + 60)], as: UTF8.self))\""
}

/// Collects the differing renders from several threads.
private final class MismatchLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func add(_ line: String) {
        lock.withLock { collected.append(line) }
    }

    var lines: [String] {
        lock.withLock { collected }
    }
}
