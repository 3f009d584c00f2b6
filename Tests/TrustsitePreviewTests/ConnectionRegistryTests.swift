import Testing

@testable import TrustsitePreview

@Suite struct ConnectionRegistryTests {
    /// Connections whose tasks sleep until cancelled.
    func connections(_ registry: ConnectionRegistry, count: Int) -> (ids: [Int], tasks: [Task<Void, Never>]) {
        var ids: [Int] = []
        var tasks: [Task<Void, Never>] = []
        for _ in 0..<count {
            let id = registry.add()
            let task = Task<Void, Never> { try? await Task.sleep(for: .seconds(60)) }
            registry.attach(task, to: id)
            ids.append(id)
            tasks.append(task)
        }
        return (ids, tasks)
    }

    @Test func theLongestWaitingConnectionsAreShedFirst() async {
        let registry = ConnectionRegistry()
        let (ids, tasks) = connections(registry, count: 4)
        // The first is answering a request, the second has just started waiting for its next one:
        // the third and fourth have waited longest.
        registry.setWaiting(ids[0], false)
        registry.setWaiting(ids[1], true)
        #expect(registry.shedWaiting(upTo: 2) == 2)
        #expect(tasks.map(\.isCancelled) == [false, false, true, true])
        // Shed connections are not chosen again.
        #expect(registry.shedWaiting(upTo: 2) == 1)
        registry.cancelAll()
        #expect(tasks.allSatisfy { $0.isCancelled })
    }

    @Test func connectionsPastTheirTimeLimitAreEnded() {
        let registry = ConnectionRegistry()
        let (ids, tasks) = connections(registry, count: 3)
        registry.setLimit(ids[0], .seconds(30))
        registry.setLimit(ids[1], .seconds(1))
        registry.setLimit(ids[2], .seconds(1))
        registry.setLimit(ids[2], nil)
        #expect(registry.endOverdue() == 0)
        #expect(registry.endOverdue(at: .now + .seconds(2)) == 1)
        #expect(tasks.map(\.isCancelled) == [false, true, false])
        // Ended once, not again.
        #expect(registry.endOverdue(at: .now + .seconds(2)) == 0)
        #expect(registry.endOverdue(at: .now + .seconds(31)) == 1)
        registry.cancelAll()
    }
}
