import Foundation

/// One slot per page for results computed on many threads.
final class ResultSlots<Value: Sendable>: Sendable {
    private struct State {
        var slots: [Result<Value, OutputError>?]
        var done = 0
    }

    private let state: Locked<State>

    init(count: Int) {
        state = Locked(State(slots: Array(repeating: nil, count: count)))
    }

    func set(_ index: Int, _ result: Result<Value, OutputError>) {
        state.withLock { state in
            state.slots[index] = result
            state.done += 1
        }
    }

    var completed: Int { state.withLock { $0.done } }
    var values: [Result<Value, OutputError>?] { state.withLock { $0.slots } }
}
