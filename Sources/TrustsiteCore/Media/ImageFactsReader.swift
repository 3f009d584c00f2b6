import Foundation
import TrustsiteImages

/// Processes every published content image once per build, after loading: reads it, re-encodes
/// it without metadata at its own size and at each narrower width, in its own format and as
/// WebP (`ImageNames`), keeps the result in the cache, and gives each image's facts by address.
/// An image that cannot be processed is an error at its file, and is not published.
struct ImageFactsReader: Sendable {
    let root: URL
    let cache: ImageCache

    /// What decides the output besides the source bytes: a change to any of it processes again.
    static var settings: String {
        "trustsite-images-1 libvips \(ImageProcessor.libraryVersion) quality \(ImageProcessor.defaultQuality) "
            + "widths \(ImageNames.widths.map(String.init).joined(separator: ","))"
    }

    func read(_ files: [PublishedFile], log: DiagnosticLog) -> [String: ImageFacts] {
        let images = files.filter(ImageNames.isProcessed)
        let results = Locked<[Int: Result<ImageFacts, ImageError>]>([:])
        // Encoding is the slow part of a first build: one image per core.
        DispatchQueue.concurrentPerform(iterations: images.count) { index in
            let result = Result { () throws(ImageError) -> ImageFacts in try processedFacts(of: images[index]) }
            results.withLock { $0[index] = result }
        }
        var facts: [String: ImageFacts] = [:]
        let settled = results.withLock { $0 }
        for (index, file) in images.enumerated() {
            switch settled[index] {
            case .success(let found): facts[file.url] = found
            case .failure(let error): report(error, at: file, log: log)
            case nil: break
            }
        }
        return facts
    }

    private func processedFacts(of file: PublishedFile) throws(ImageError) -> ImageFacts {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: root.appending(path: file.source))
        } catch {
            throw ImageError(
                "\(file.source): the file cannot be read (\(error.localizedDescription)); check its permissions")
        }
        let key = ImageCache.key(bytes: bytes, url: file.url, settings: Self.settings)
        let entry: ImageCache.Entry
        if let kept = cache.entry(for: key) {
            entry = kept
        } else {
            entry = try process(Array(bytes), file: file)
            cache.store(entry, for: key)
        }
        let variants = ImageNames.variants(of: file.url, width: entry.width)
        guard variants.count == entry.renditions.count else {
            throw ImageError("\(file.source): the processed copies do not match the settings; report this as a bug")
        }
        let renditions = zip(variants, entry.renditions).map { variant, copy in
            ImageRendition(
                url: variant.url, width: copy.width, height: copy.height, isWebP: variant.isWebP, size: copy.bytes.count
            )
        }
        return ImageFacts(width: entry.width, height: entry.height, renditions: renditions, cacheKey: key)
    }

    private func process(_ bytes: [UInt8], file: PublishedFile) throws(ImageError) -> ImageCache.Entry {
        let info = try ImageProcessor.info(of: bytes, name: file.source)
        let variants = ImageNames.variants(of: file.url, width: info.width)
        let encoded = try ImageProcessor.encode(bytes, name: file.source, variants: variants.map(\.variant))
        return ImageCache.Entry(
            width: info.width, height: info.height,
            renditions: encoded.map { ($0.width, $0.height, Data($0.bytes)) })
    }

    /// `content/x.jpg: the file is empty; replace it with…` → an error at the file: what is
    /// wrong, and what to do as the hint.
    private func report(_ error: ImageError, at file: PublishedFile, log: DiagnosticLog) {
        var message = Substring(error.message)
        if message.hasPrefix(file.source + ": ") { message = message.dropFirst(file.source.count + 2) }
        let parts = message.split(separator: "; ", maxSplits: 1)
        let what = "this image cannot be published: " + (parts.first ?? message) + "."
        let hint = parts.count > 1 ? parts[1].prefix(1).uppercased() + parts[1].dropFirst() + "." : nil
        log.error(SourceLocation(file: file.source), what, hint: hint)
    }
}
