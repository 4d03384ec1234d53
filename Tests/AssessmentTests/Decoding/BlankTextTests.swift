import Assessment
import Foundation
import Testing

/// `AnswersRules.isBlank` checks scalars itself; Foundation's trimming is the oracle.
@Suite struct BlankTextTests {
    @Test func agreesWithFoundationOnEveryScalarOfTheBasicPlane() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            for sample in [text, " " + text + "\t", text + "x"] {
                let oracle = sample.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                #expect(AnswersRules.isBlank(sample) == oracle, "U+\(String(value, radix: 16)) in \(sample.debugDescription)")
            }
        }
        #expect(AnswersRules.isBlank(""))
        #expect(!AnswersRules.isBlank("e\u{301}"))
    }
}
