import Foundation
import FuzzOracle
import TestSupport
import Testing

/// The fuzzer's oracle holds on every example body and on bytes that are not an answers file,
/// so a finding of the fuzzer is a finding about the code, not about the oracle.
@Suite struct AnswersOracleTests {
    @Test func everyExampleBodyPassesTheOracle() throws {
        let bodies = try FileManager.default.contentsOfDirectory(atPath: Repository.exampleBodies).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(bodies.count > 10)
        for path in [Repository.demoAnswers] + bodies.map({ Repository.exampleBodies + "/" + $0 }) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(AnswersOracle.check(bytes) == nil, "\(path)")
        }
    }

    @Test func bytesThatAreNotAnswersPassToo() {
        for text in ["", "a: [", "body: {id: E1}\n", "\u{FEFF}answers: {}\n", String(repeating: "[", count: 200)] {
            #expect(AnswersOracle.check(Array(text.utf8)) == nil, "\(text.prefix(20))")
        }
    }
}
