/// Appends values to a compact binary record: integers as 8 little-endian bytes, strings as
/// their UTF-8 length then bytes. What `ByteReader` reads back, field by field, with no parsing.
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func add(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func add(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            add(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }
}

/// Reads what `ByteWriter` wrote, in the same order; every read returns nil past the end or on a
/// value that cannot be (a negative length), so a truncated or damaged record is refused, not trusted.
public struct ByteReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    public init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func int() -> Int? {
        guard bytes.count - offset >= 8 else { return nil }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 8]))
        }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    public mutating func bool() -> Bool? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }

    public mutating func string() -> String? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    /// A count of items to read, refused when it is more than the bytes left could hold.
    public mutating func count() -> Int? {
        guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
        return count
    }
}
