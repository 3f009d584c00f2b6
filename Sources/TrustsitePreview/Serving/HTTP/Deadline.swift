/// A time limit passed: the work was cancelled.
struct DeadlinePassed: Error {}

/// Runs `work`, cancelling it if it has not finished within `limit` (socket waits end when their
/// task is cancelled, so a read from a client that sends nothing cannot wait for ever).
func withDeadline<T: Sendable>(
    _ limit: Duration, _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlinePassed() }
        return value
    }
}
