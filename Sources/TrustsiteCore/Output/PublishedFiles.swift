import Foundation

/// Copies the files published as they are (`SiteContent.files`) into a build's output, byte for
/// byte. They go through `SiteOutput.write` like every other file, so they are staged and published
/// with the pages, a file whose bytes have not changed is linked from the current site instead of
/// written again, and one no longer in the site is gone from the next.
enum PublishedFiles {
    static func copy(_ files: [PublishedFile], from root: URL, into output: some SiteOutput) throws(OutputError) {
        for file in files {
            let data: Data
            do {
                data = try Data(contentsOf: root.appending(path: file.source))
            } catch {
                // Listed when the site was loaded, gone or unreadable now (changed while building).
                throw .writeFailed(
                    path: file.outputPath, reason: "\(file.source) cannot be read: \(error.localizedDescription)")
            }
            try output.write(data, to: file.outputPath)
        }
    }
}
