import Foundation

/// `trustsite build`'s output: files staged in a folder beside the published one and swapped into
/// place at once when the build publishes (`SiteWriter`), so a failed build leaves the published
/// site as it was. The staging folder is made only when the build opens it.
final class DiskOutput: SiteOutput {
    private let output: URL
    private let siteRoot: URL
    private let reusing: Bool
    /// Made by `open`, then used by the threads writing pages.
    private let writer = Locked<SiteWriter?>(nil)

    /// `reusing`: link files that did not change from the published site, and start from the spare
    /// site (see `SiteWriter.reusing`); false for `--clean`.
    init(output: URL, siteRoot: URL, reusing: Bool) {
        self.output = output
        self.siteRoot = siteRoot
        self.reusing = reusing
    }

    func open() throws(OutputError) {
        guard opened == nil else { return }
        let made = try SiteWriter(output: output, siteRoot: siteRoot, reusing: reusing)
        writer.withLock { $0 = made }
    }

    func write(_ data: Data, to path: String) throws(OutputError) {
        guard let opened else { throw .writeFailed(path: path, reason: "the output was not opened") }
        try opened.write(data, to: path)
    }

    func keep(_ path: String, stamp: FileStamp?) -> Bool {
        guard let stamp, let opened else { return false }
        return opened.reuse(path, stamp: stamp)
    }

    /// Writes the files from several threads: creating a file waits on the disk, not the CPU, and
    /// a large site's search index is hundreds of files. The first failure, in path order, is thrown.
    func writeOnDemand(_ files: DeferredFiles) throws(OutputError) {
        let sorted = files.all.sorted(by: { $0.key < $1.key })
        let slots = ResultSlots<Bool>(count: sorted.count)
        DispatchQueue.concurrentPerform(iterations: sorted.count) { index in
            do throws(OutputError) {
                try write(sorted[index].value, to: sorted[index].key)
                slots.set(index, .success(true))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        for slot in slots.values {
            if case .failure(let error) = slot { throw error }
        }
    }

    func publish(buildID: String?) throws(OutputError) {
        guard let opened else { throw .writeFailed(path: output.path, reason: "the output was not opened") }
        try opened.commit(buildID: buildID)
    }

    func abandon() {
        opened?.abandon()
    }

    var stamps: [String: FileStamp]? { opened?.stagedStamps }

    private var opened: SiteWriter? { writer.withLock { $0 } }
}
