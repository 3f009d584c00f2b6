import FlyingSocks
import Foundation

/// The WebSocket an open page listens on: it sends `reload <version>` after each rebuild, answers
/// pings and closes, and ignores anything else a page sends, up to `HTTPLimits.webSocketMessage`
/// bytes a message: a larger one closes the socket with 1009, before it is read.
struct ReloadSocket: Sendable {
    let state: PreviewState
    let limits: HTTPLimits

    /// Frames waiting to be sent: reloads, pongs and the close. A page that lets more pile up is
    /// not reading what it is sent.
    static let queuedFrames = 32
    /// Policy violation: the close code for a page that keeps pinging without reading.
    static let policyViolation: UInt16 = 1008
    /// A text message that is not UTF-8 (RFC 6455, 8.1).
    static let invalidText: UInt16 = 1007

    /// Runs the socket after the handshake until the page goes, the page misbehaves, or the task
    /// is cancelled. `input` holds anything the page sent after its handshake; `limit` sets (or,
    /// with nil, lifts) the time after which the connection is ended, around each write.
    func run(_ input: ConnectionInput, limit: @escaping @Sendable (Duration?) -> Void) async {
        // Bounded: a page that sends pings and never reads the pongs must not queue them without
        // end (it grew the preview to gigabytes). Past the bound it is closed with 1008.
        let (outgoing, sender) = AsyncStream<WebSocketFrame>.makeStream(
            bufferingPolicy: .bufferingNewest(Self.queuedFrames))
        let versions = await state.versions()
        let forward = Task {
            for await version in versions { sender.yield(.text("reload \(version)")) }
        }
        defer { forward.cancel() }
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await readFrames(input, replies: sender)
                return true
            }
            group.addTask {
                await writeFrames(outgoing, to: input.socket, limit: limit)
                return false
            }
            // The reader ends first when the page closes or breaks the rules: let the writer send
            // what is left (the close frame). The writer ends first when the page stops taking
            // frames: stop reading too.
            if await group.next() == true {
                sender.finish()
            } else {
                group.cancelAll()
            }
        }
    }

    private func writeFrames(
        _ frames: AsyncStream<WebSocketFrame>, to socket: AsyncSocket, limit: @Sendable (Duration?) -> Void
    ) async {
        for await frame in frames {
            limit(limits.writeTimeout)
            defer { limit(nil) }
            do {
                try await socket.write(Data(frame.encoded))
            } catch {
                return
            }
            if frame.opcode == .close { return }
        }
    }

    private func readFrames(_ input: ConnectionInput, replies: AsyncStream<WebSocketFrame>.Continuation) async {
        let reader = WebSocketFrameReader(maxPayload: limits.webSocketMessage)
        // The length of the message being received in fragments, if any, and its bytes when it is
        // text (checked as UTF-8 once whole: at most `limits.webSocketMessage` bytes).
        var fragmented: Int?
        var text: [UInt8]?
        while true {
            switch reader.next(in: input.bytes[...]) {
            case .needMore:
                do { try await input.readMore() } catch { return }
            case .fail(let code, _):
                replies.yield(.close(code))
                return
            case .frame(let frame, let consumed):
                input.consume(consumed)
                switch frame.opcode {
                case .close:
                    // A close payload is empty, or a two-byte code and a reason (RFC 6455, 5.5.1).
                    replies.yield(.close(frame.payload.count == 1 ? WebSocketFrameReader.protocolError : 1000))
                    return
                case .ping:
                    if case .dropped = replies.yield(WebSocketFrame(fin: true, opcode: .pong, payload: frame.payload)) {
                        replies.yield(.close(Self.policyViolation))
                        return
                    }
                case .pong:
                    break
                case .text, .binary, .continuation:
                    let starts = frame.opcode != .continuation
                    guard starts == (fragmented == nil) else {
                        replies.yield(.close(WebSocketFrameReader.protocolError))
                        return
                    }
                    let length = (fragmented ?? 0) + frame.payload.count
                    guard length <= limits.webSocketMessage else {
                        replies.yield(.close(WebSocketFrameReader.tooBig))
                        return
                    }
                    fragmented = frame.fin ? nil : length
                    if frame.opcode == .text { text = [] }
                    text? += frame.payload
                    if frame.fin, let whole = text {
                        text = nil
                        guard String(validating: whole, as: UTF8.self) != nil else {
                            replies.yield(.close(Self.invalidText))
                            return
                        }
                    }
                }
            }
        }
    }
}
