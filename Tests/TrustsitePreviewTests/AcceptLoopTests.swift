import FlyingSocks
import Foundation
import Testing

@testable import TrustsitePreview

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct AcceptLoopTests {
    /// What an injected accept does, call by call, and what the loop did with it.
    final class Script: @unchecked Sendable {
        // Guarded by `lock`.
        private var steps: [Result<Int, SocketError>]
        private(set) var handled: [Int] = []
        private(set) var madeRoom = 0
        private let lock = NSLock()

        init(_ steps: [Result<Int, SocketError>]) {
            self.steps = steps
        }

        func accept() throws -> Int {
            try lock.withLock {
                guard !steps.isEmpty else { throw SocketError.failed(type: "Accept", errno: EBADF, message: "closed") }
                return try steps.removeFirst().get()
            }
        }

        func handle(_ client: Int) { lock.withLock { handled.append(client) } }
        func makeRoom() { lock.withLock { madeRoom += 1 } }
    }

    static func failure(_ code: Int32) -> Result<Int, SocketError> {
        .failure(.failed(type: "Accept", errno: code, message: String(cString: strerror(code))))
    }

    @Test func runningOutOfDescriptorsPausesInsteadOfEnding() async {
        let script = Script([
            .success(1), Self.failure(EMFILE), Self.failure(EMFILE), .success(2), Self.failure(ENFILE),
            Self.failure(ECONNABORTED), .success(3),
        ])
        let loop = AcceptLoop(
            accept: { try script.accept() }, handle: { script.handle($0) }, makeRoom: { script.makeRoom() },
            pause: .milliseconds(1))
        // The loop ends only at the error that means the listening socket is gone.
        await #expect(throws: SocketError.failed(type: "Accept", errno: EBADF, message: "closed")) {
            try await loop.run()
        }
        #expect(script.handled == [1, 2, 3])
        #expect(script.madeRoom == 3)
    }

    @Test func cancellingEndsTheLoop() async {
        let loop = AcceptLoop<Int>(
            accept: {
                try await Task.sleep(for: .seconds(60))
                return 0
            }, handle: { _ in }, makeRoom: {})
        let task = Task { try await loop.run() }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
