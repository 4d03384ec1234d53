import Assessment
import Batch
import Testing

@Suite struct SafeNameTests {
    @Test func plainIdsAreKept() {
        #expect(SafeName.make("E07000999") == "E07000999")
        #expect(SafeName.make("2026-27") == "2026-27")
        #expect(SafeName.make("a.b_c-d") == "a.b_c-d")
    }

    @Test func everythingElseIsMadeSafeAndDistinct() {
        let hostile = ["../x", "/abs", "a/b", "a\\b", "..", ".", "", ".hidden", "-rf", "tab\t", "café", "nul", "COM1.txt", String(repeating: "y", count: 101)]
        let names = hostile.map(SafeName.make)
        #expect(Set(names).count == hostile.count)
        for name in names {
            #expect(name.contains("~"))
            #expect(!name.hasPrefix(".") && !name.hasPrefix("-") && !name.contains("/") && !name.contains("\\"))
            #expect(name.utf8.count <= 61)
            #expect(name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
        }
        #expect(SafeName.make("../x") == "_x~" + String(sha256Hex(Array("../x".utf8)).prefix(12)))
    }
}
