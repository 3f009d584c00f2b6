import Foundation
import Testing

@testable import TrustsitePreview

@Suite struct WebSocketTests {
    @Test func sha1MatchesTheStandardsExamples() {
        func hex(_ text: String) -> String {
            SHA1.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
        }
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(hex(String(repeating: "a", count: 1000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test func theAcceptValueIsRFC6455s() {
        // RFC 6455, 1.3.
        #expect(WebSocketHandshake.acceptValue(for: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    /// A frame as a browser sends it: masked.
    func clientFrame(_ opcode: UInt8, _ payload: [UInt8], fin: Bool = true) -> [UInt8] {
        let mask: [UInt8] = [0x12, 0x34, 0x56, 0x78]
        var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode]
        if payload.count <= 125 {
            bytes.append(0x80 | UInt8(payload.count))
        } else {
            bytes += [0x80 | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        }
        return bytes + mask + payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
    }

    let reader = WebSocketFrameReader(maxPayload: 64 * 1024)

    @Test func framesAreReadWhenWholeAndUnmasked() {
        let bytes = clientFrame(0x1, Array("hello".utf8)) + [0x89]
        #expect(reader.next(in: bytes[..<3]) == .needMore)
        #expect(
            reader.next(in: bytes[...])
                == .frame(WebSocketFrame(fin: true, opcode: .text, payload: Array("hello".utf8)), consumed: 11))
        let long = clientFrame(0x2, [UInt8](repeating: 7, count: 300))
        guard case .frame(let frame, let consumed) = reader.next(in: long[...]) else {
            Issue.record("a 300-byte frame was not read")
            return
        }
        #expect(frame.payload == [UInt8](repeating: 7, count: 300))
        #expect(consumed == long.count)
    }

    @Test func aFrameAnnouncingTooMuchIsRefusedFromItsHeader() {
        // 2^62 bytes announced: refused from the ten header bytes, before any payload.
        let header: [UInt8] = [0x82, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0]
        guard case .fail(let code, _) = reader.next(in: header[...]) else {
            Issue.record("a frame of 2^62 bytes was not refused")
            return
        }
        #expect(code == 1009)
        let justOver: [UInt8] = [0x82, 0xFF, 0, 0, 0, 0, 0, 1, 0, 1]
        #expect(
            reader.next(in: justOver[...]) == .fail(code: 1009, reason: "a frame of 65537 bytes; the limit is 65536"))
    }

    @Test func protocolErrorsAreRefused() {
        let unmasked: [UInt8] = [0x81, 0x01, 0x61]
        let reserved: [UInt8] = [0xC1, 0x80, 0, 0, 0, 0]
        let unknown: [UInt8] = [0x83, 0x80, 0, 0, 0, 0]
        let longPing = clientFrame(0x9, [UInt8](repeating: 0, count: 126))
        let fragmentedClose = clientFrame(0x8, [], fin: false)
        for bytes in [unmasked, reserved, unknown, longPing, fragmentedClose] {
            guard case .fail(let code, _) = reader.next(in: bytes[...]) else {
                Issue.record("\(bytes.prefix(4)) was not refused")
                continue
            }
            #expect(code == 1002)
        }
    }

    @Test func serverFramesAreUnmaskedWithTheirLength() {
        #expect(WebSocketFrame.text("reload 3").encoded == [0x81, 8] + Array("reload 3".utf8))
        #expect(WebSocketFrame.close(1009).encoded == [0x88, 2, 0x03, 0xF1])
        let long = WebSocketFrame(fin: true, opcode: .binary, payload: [UInt8](repeating: 0, count: 70_000)).encoded
        #expect(Array(long.prefix(10)) == [0x82, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70])
    }
}
