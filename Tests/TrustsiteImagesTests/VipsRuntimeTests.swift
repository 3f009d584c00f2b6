import Testing

@testable import TrustsiteImages

/// libvips runs without liborc's run-time vector code, whose races crash a build that processes
/// several images at once (too rarely for a test to catch the crash itself, so the setting is held).
@Suite struct VipsRuntimeTests {
    @Test func vectorCodeIsOffOnceStarted() throws {
        try VipsRuntime.start()
        #expect(!VipsRuntime.usesVectorCode)
    }
}
