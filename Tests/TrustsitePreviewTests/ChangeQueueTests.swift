import Foundation
import Testing

@testable import TrustsitePreview

@Suite struct ChangeQueueTests {
    @Test func quickSavesCoalesceIntoOneBatch() async {
        // A generous quiet period, so a busy test machine cannot split the burst.
        let queue = ChangeQueue(quietMilliseconds: 300)
        let batches = queue.batches()
        // Saves arriving closer together than the quiet period (here: back to back, so no
        // scheduling delay on a loaded machine can split them).
        for index in 0..<5 {
            queue.add(["content/pages/a\(index).md"])
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
