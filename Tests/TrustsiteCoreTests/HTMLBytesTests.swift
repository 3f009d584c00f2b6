import Testing

@testable import TrustsiteCore

struct HTMLBytesTests {
    @Test func findsAByteSequenceAnywhere() {
        #expect(HTMLBytes.contains("<img", in: "<p>a</p><img src=\"x.png\">"))
        #expect(HTMLBytes.contains("<img", in: "<img"))
        #expect(HTMLBytes.contains("<img", in: "é<img alt=\"ü\">"))
    }

    @Test func saysNoWhenTheBytesAreAbsent() {
        #expect(!HTMLBytes.contains("<img", in: "<p>no image here</p><im g>"))
        #expect(!HTMLBytes.contains("<img", in: ""))
        #expect(!HTMLBytes.contains("<img", in: "<IMG src=\"x\">"))
    }
}
