import Foundation

/// A value shared between threads, reachable only while its lock is held. This is how trustsite
/// guards shared state: a class keeps all its mutable state in one `Locked`, and so is `Sendable`
/// without `@unchecked`.
public final class Locked<Value> {
    // Read and written only inside `withLock`.
    @usableFromInline var value: Value
    @usableFromInline let lock = NSLock()

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value while holding the lock; other threads that want it wait meanwhile.
    @inlinable
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

// The lock makes every access exclusive, so the value may be shared whenever it may be sent.
extension Locked: @unchecked Sendable where Value: Sendable {}
