import FlyingFox

/// The WebSocket an open page listens on: it sends `reload <version>` after each rebuild.
struct ReloadSocket: WSMessageHandler {
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let versions = await state.versions()
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let forward = Task {
            for await version in versions { continuation.yield(.text("reload \(version)")) }
        }
        Task {
            // When the page closes its socket, stop listening for rebuilds.
            for await _ in client {}
            forward.cancel()
            continuation.finish()
        }
        return messages
    }
}
