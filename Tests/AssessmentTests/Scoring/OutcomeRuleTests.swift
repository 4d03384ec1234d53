import Testing
@testable import Assessment

/// The outcome rule's four branches, in order.
@Suite struct OutcomeRuleTests {
    let withPartial = Indicators(
        notAchieved: [Indicator(id: "NA1", text: "")],
        partiallyAchieved: [Indicator(id: "PA1", text: ""), Indicator(id: "PA2", text: "")],
        achieved: [Indicator(id: "A1", text: ""), Indicator(id: "A2", text: "")])
    let withoutPartial = Indicators(
        notAchieved: [Indicator(id: "NA1", text: "")], partiallyAchieved: [],
        achieved: [Indicator(id: "A1", text: "")])

    @Test func anyNotAchievedAgreedWinsEvenOverAllAchieved() {
        #expect(OutcomeRule.decide(withPartial, agreed: ["A1", "A2", "NA1"]).status == .notAchieved)
    }

    @Test func allAchievedAgreedGivesAchieved() {
        #expect(OutcomeRule.decide(withPartial, agreed: ["A1", "A2", "PA1"]) == (.achieved, "all Achieved indicators agreed"))
    }

    @Test func allPartiallyAgreedGivesPartiallyAchieved() {
        #expect(OutcomeRule.decide(withPartial, agreed: ["PA1", "PA2", "A1"]).status == .partiallyAchieved)
    }

    @Test func otherwiseNotAchieved() {
        #expect(OutcomeRule.decide(withPartial, agreed: ["PA1", "A1"]).status == .notAchieved)
        #expect(OutcomeRule.decide(withPartial, agreed: []).status == .notAchieved)
    }

    @Test func noPartialColumnCannotGivePartiallyAchieved() {
        #expect(OutcomeRule.decide(withoutPartial, agreed: []) == (.notAchieved, "not all Achieved indicators agreed and no Partially-achieved column"))
        #expect(OutcomeRule.decide(withoutPartial, agreed: ["A1"]).status == .achieved)
    }
}
