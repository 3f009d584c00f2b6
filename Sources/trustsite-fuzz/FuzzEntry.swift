#if FUZZING
    import Foundation

    /// libFuzzer's entry point: one input, returns 0. A crash, a sanitizer report or a broken
    /// invariant (`FuzzHarness.fail`) is a finding.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        FuzzHarness.shared.run(Data(bytes: data, count: size))
        return 0
    }
#endif
