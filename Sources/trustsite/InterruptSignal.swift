import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, turned into a call on an ordinary thread.
///
/// The handler is installed with `sigaction` before `onInterrupt` returns, so a signal sent as soon
/// as the preview says it is serving is never lost. (A `DispatchSource` for a signal needs the
/// signal ignored first and installs its own handler later, on another thread: a signal sent in
/// between was dropped, and the preview went on serving; under load, 1 start in 10.)
enum InterruptSignal {
    /// The pipe's write end, for the handler (set before the handler is installed, never after).
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Calls `action` on each SIGINT or SIGTERM from now on.
    static func onInterrupt(_ action: @escaping @Sendable () -> Void) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        writeEnd = ends[1]
        var handler = sigaction()
        // Only async-signal-safe work in the handler: one write to the pipe.
        #if canImport(Glibc)
            handler.__sigaction_handler.sa_handler = { _ in
                var byte: UInt8 = 1
                _ = write(InterruptSignal.writeEnd, &byte, 1)
            }
        #else
            handler.__sigaction_u.__sa_handler = { _ in
                var byte: UInt8 = 1
                _ = write(InterruptSignal.writeEnd, &byte, 1)
            }
        #endif
        sigemptyset(&handler.sa_mask)
        handler.sa_flags = Int32(SA_RESTART)
        let readEnd = ends[0]
        let thread = Thread {
            var byte: UInt8 = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count == 1 {
                    action()
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        thread.name = "trustsite-signals"
        thread.start()
        sigaction(SIGINT, &handler, nil)
        sigaction(SIGTERM, &handler, nil)
    }
}
