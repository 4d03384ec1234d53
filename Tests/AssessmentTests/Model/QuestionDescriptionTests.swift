import Testing
@testable import Assessment

/// How options and indicator columns are described, as the answers template and the
/// interactive session both show them.
@Suite struct QuestionDescriptionTests {
    @Test func optionDetailSaysLevelOrMet() {
        #expect(AnswerOption(value: "a", label: "A", level: 3).detail == "level 3")
        #expect(AnswerOption(value: "m", label: "M", met: true).detail == "counts as met")
        #expect(AnswerOption(value: "n", label: "N", met: false).detail == "not met")
    }

    @Test func indicatorColumnsRunNotPartiallyAchievedInOrder() {
        let indicators = Indicators(
            notAchieved: [Indicator(id: "NA1", text: "")], partiallyAchieved: [],
            achieved: [Indicator(id: "A1", text: ""), Indicator(id: "A2", text: "")])
        #expect(indicators.columns.map(\.status.title) == ["Not achieved", "Partially achieved", "Achieved"])
        #expect(indicators.columns.map { $0.indicators.map(\.id) } == [["NA1"], [], ["A1", "A2"]])
    }
}
