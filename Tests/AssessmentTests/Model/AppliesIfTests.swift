import Testing
@testable import Assessment

/// The one `applies_if` rule that scoring, the interactive session, the answers template and
/// the synthetic bodies all call.
@Suite struct AppliesIfTests {
    let condition = AppliesIf(question: "Q-1", values: ["yes", "partly"])

    func question(_ condition: AppliesIf?) -> Question {
        Question(id: "Q-2", text: "", weight: 1, allowNA: false, appliesIf: condition, answers: [], evidence: [], references: [])
    }

    @Test func metWhenTheChosenValueIsListed() {
        #expect(condition.isMet { $0 == "Q-1" ? "partly" : nil })
        #expect(question(condition).applies { $0 == "Q-1" ? "yes" : nil })
    }

    @Test func notMetWhenAnotherValueOrNothingIsChosen() {
        #expect(!condition.isMet { _ in "no" })
        #expect(!condition.isMet { _ in nil })
        #expect(!condition.isMet { $0 == "Q-9" ? "yes" : nil })
    }

    @Test func aQuestionWithoutConditionAlwaysApplies() {
        #expect(question(nil).applies { _ in nil })
    }

    @Test func onlyAnOptionChoiceHasAValue() {
        #expect(Choice.option("yes").optionValue == "yes")
        #expect(Choice.notApplicable.optionValue == nil)
        #expect(Choice.indicators(["A1"]).optionValue == nil)
    }
}
