import CyberYAML
import Testing
@testable import Assessment

/// Questionnaire versions are text. `init` wrote them plain, so `q: 4.0` (a WebCAF import's
/// version) read as a number in any YAML 1.2 tool; a version that would read as anything but
/// text is now quoted, and one that would not stays as people write it.
@Suite struct AnswersVersionTextTests {
    func written(_ version: String) throws -> String {
        let answers = AnswersFile(
            body: Body(id: "E1", name: "N"), period: "2026-27", date: Day(year: 2026, month: 10, day: 1),
            questionnaires: [QuestionnaireVersion(id: "q", version: version)], answers: [])
        return try Emitter.emit(answers.node())
    }

    @Test func aVersionThatReadsAsANumberIsQuotedAndReadsBackAsText() throws {
        let text = try written("4.0")
        #expect(text.contains("  q: '4.0'\n"))
        let back = try SourceFile(path: "a.yaml", bytes: Array(text.utf8))
        #expect(try Scorer.decodeAnswers(back).questionnaires.map(\.version) == ["4.0"])
        #expect(try written("3.0.0").contains("  q: 3.0.0\n"))
        #expect(try written("10").contains("  q: '10'\n"))
    }
}
