import Testing
@testable import Assessment

@Suite struct ChoiceScalarTests {
    @Test(arguments: [Choice.option("high"), .option("NA"), .option("n/a"), .notApplicable])
    func singleValuesRoundTrip(choice: Choice) throws {
        let written = try #require(choice.scalar)
        #expect(Choice(scalar: written) == choice)
    }

    @Test func naIsNotApplicable() {
        #expect(Choice(scalar: "na") == .notApplicable)
        #expect(Choice.notApplicable.scalar == Choice.notApplicableToken)
        #expect(Choice.notApplicableToken == "na")
    }

    @Test func indicatorsHaveNoSingleValue() {
        #expect(Choice.indicators(["A1"]).scalar == nil)
    }
}
