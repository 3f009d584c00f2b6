import Foundation

/// One slot per page for results computed on many threads.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private var slots: [Result<Value, OutputError>?]
    private var done = 0
    private let lock = Lock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<Value, OutputError>) {
        lock.withLock {
            slots[index] = result
            done += 1
        }
    }

    var completed: Int { lock.withLock { done } }
    var values: [Result<Value, OutputError>?] { lock.withLock { slots } }
}
