import Foundation

/// Writes every processed image's copies (`ImageFacts.renditions`) from the processing cache into
/// a build's output, in address order, and lets the cache forget images no longer in the site.
enum PublishedImages {
    static func write(
        _ facts: [String: ImageFacts], from cache: ImageCache, into output: some SiteOutput
    ) throws(OutputError) {
        for (url, image) in facts.sorted(by: { $0.key < $1.key }) {
            guard let entry = cache.entry(for: image.cacheKey), entry.renditions.count == image.renditions.count
            else {
                // Stored while loading this build: only something removing the cache meanwhile gets here.
                throw .writeFailed(
                    path: String(url.dropFirst()), reason: "its processed copies are gone from the cache; build again")
            }
            for (rendition, copy) in zip(image.renditions, entry.renditions) {
                try output.write(copy.bytes, to: rendition.outputPath)
            }
        }
        cache.prune(keeping: Set(facts.values.map(\.cacheKey)))
    }
}
