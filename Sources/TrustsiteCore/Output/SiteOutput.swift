import Foundation

/// Where a build's files go. The pipeline writes through this and nothing else, so
/// `trustsite build` and the preview run the same stages: `DiskOutput` stages the files beside the
/// published folder and swaps them into place; `MemoryOutput` keeps them in memory for the preview.
///
/// A build opens the output, writes or keeps every file, then publishes them all at once; a build
/// that fails abandons what it wrote, and the site published before stays as it was.
protocol SiteOutput: Sendable {
    /// Gets ready to write. Nothing is opened for a build refused before it writes a page.
    func open() throws(OutputError)
    /// Writes one file; `path` is relative to the site (`plan/index.html`). Called from many threads.
    func write(_ data: Data, to path: String) throws(OutputError)
    /// Keeps the last build's copy of a file, if it is still the one that build wrote (`stamp`, on
    /// disk); false when it cannot, and the file must be written.
    func keep(_ path: String, stamp: FileStamp?) -> Bool
    /// Files whose making can wait until they are asked for (the search index, costly on a large
    /// site): written now on disk, made on the first request in the preview.
    func writeOnDemand(_ files: DeferredFiles) throws(OutputError)
    /// Makes what was written the site. `buildID` (see `BuildID`) names it, on disk.
    func publish(buildID: String?) throws(OutputError)
    /// Throws away what was written since the output was opened.
    func abandon()
    /// The stamp of every file written or kept, by path, for the next build to recognise them; nil
    /// in memory, where nothing else can change a file.
    var stamps: [String: FileStamp]? { get }
}
