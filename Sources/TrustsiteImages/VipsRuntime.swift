import CVips

/// Starts libvips once per process. A Swift global is initialised exactly once, on first use,
/// even when several threads reach it together, which is what `vips_init` needs.
enum VipsRuntime {
    /// Whether libvips started; nil when it did, libvips's message when it did not.
    private static let startFailure: String? = {
        guard vips_init("trustsite") == 0 else { return takeError() }
        // libvips caches recent operations for interactive programs; a build touches each image
        // once, so the cache would only hold memory.
        vips_cache_set_max(0)
        // liborc, which libvips uses to compile vector code at run time, can crash when images are
        // processed on several threads at once (libvips #1211, sharp #172): a benchmark's build
        // died in liborc once in about 25 runs. Without it libvips uses its plain C paths, a little
        // slower and safe on every thread.
        vips_vector_set_enabled(0)
        // libvips prints what it works around ("corrupt profile", a short read it padded) to
        // stderr, with no file name; what matters reaches the caller as an ImageError instead.
        g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, { _, _, _, _ in }, nil)
        return nil
    }()

    /// Starts libvips if it has not started yet; throws if it cannot start.
    static func start() throws(ImageError) {
        if let startFailure {
            throw ImageError("libvips could not start: check that libvips is installed", libraryDetail: startFailure)
        }
    }

    /// Whether libvips compiles vector code with liborc (never, once started: see `startFailure`).
    static var usesVectorCode: Bool { vips_vector_isenabled() != 0 }

    /// libvips's pending error text, cleared so the next failure starts afresh. The buffer is
    /// process-wide, so under concurrent failures a message may carry another image's words too.
    static func takeError() -> String {
        let text = vips_error_buffer().map { String(cString: $0) } ?? ""
        vips_error_clear()
        return text.split(separator: "\n").joined(separator: "; ")
    }
}
