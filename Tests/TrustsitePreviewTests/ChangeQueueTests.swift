import Foundation
import Testing

@testable import TrustsitePreview

@Suite struct ChangeQueueTests {
    @Test func quickSavesCoalesceIntoOneBatch() async {
        let queue = ChangeQueue()
        let batches = queue.batches()
        for index in 0..<5 {
            queue.add(["content/pages/a\(index).md"])
            try? await Task.sleep(for: .milliseconds(5))
        }
        var iterator = batches.makeAsyncIterator()
        let first = await iterator.next()
        #expect(first == Set((0..<5).map { "content/pages/a\($0).md" }))
        queue.finish()
    }

    @Test func ignoredNamesAreEditorFiles() {
        #expect(FileWatchers.isIgnored(".index.md.swp"))
        #expect(FileWatchers.isIgnored("index.md~"))
        #expect(FileWatchers.isIgnored("#index.md#"))
        #expect(!FileWatchers.isIgnored("index.md"))
    }
}
