import Foundation

#if FUZZING
    /// libFuzzer's driver (linked from `libclang_rt.fuzzer_no_main`): runs the fuzzing loop with our
    /// entry point. Called from our own `main`, because SwiftPM names every executable's `main` itself.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32
#endif

/// `make fuzz` builds this with `-D FUZZING`, address sanitizer and libFuzzer's coverage
/// instrumentation (see README: Reliability); it then takes libFuzzer's usual arguments.
/// A plain `swift build` makes only a stub that says so.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            let status = runFuzzerDriver(&argc, &argv) { data, size in
                guard let data else { return 0 }
                return fuzz(data, size)
            }
            exit(status)
        #else
            print("trustsite-fuzz is a libFuzzer target: build and run it with `make fuzz` (README: Reliability).")
        #endif
    }
}
