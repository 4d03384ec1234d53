import Testing
@testable import Assessment

/// The rules an entry under `answers:` must meet, stated once for the validator and the three
/// readers.
@Suite struct AnswerEntryRulesTests {
    @Test func notApplicableNeedsLeaveAndAJustification() {
        #expect(AnswersRules.notApplicableProblem(allowed: false, justified: true) == .notApplicableNotAllowed)
        #expect(AnswersRules.notApplicableProblem(allowed: true, justified: false) == .notApplicableUnjustified)
        #expect(AnswersRules.notApplicableProblem(allowed: true, justified: true) == nil)
        #expect(!AnswersRules.saysSomething(nil) && !AnswersRules.saysSomething(" \t\u{200B}") && AnswersRules.saysSomething("closed"))
    }

    @Test func optionsAndIndicatorsFitTheirQuestion() {
        #expect(AnswersRules.optionProblem(isOutcome: true, found: true) == .optionForOutcome)
        #expect(AnswersRules.optionProblem(isOutcome: false, found: false) == .unknownOption)
        #expect(AnswersRules.optionProblem(isOutcome: false, found: true) == nil)
        #expect(AnswersRules.indicatorsProblem(isOutcome: false) == .indicatorsForOption)
        #expect(AnswersRules.indicatorsProblem(isOutcome: true) == nil)
        var agreed = AgreedIndicators()
        #expect(agreed.agree(0) == nil && agreed.agree(3) == nil)
        #expect(agreed.agree(3) == .repeatedIndicator)
        #expect(agreed.agree(nil) == .unknownIndicator)
        #expect(agreed.bits == 0b1001)
    }

    @Test func evidenceIsTitledAndNotLaterThanTheAssessment() throws {
        let day = try #require(Day("2026-05-01")), later = try #require(Day("2026-05-02"))
        #expect(AnswersRules.evidenceTitleProblem(titleIsBlank: true) == .untitledEvidence)
        #expect(AnswersRules.evidenceDateProblem(later, assessed: day) == .evidenceAfterAssessment)
        #expect(AnswersRules.evidenceDateProblem(day, assessed: day) == nil)
        #expect(AnswersRules.evidenceDateProblem(nil, assessed: day) == nil)
    }

    @Test func anEntryWithNotesAloneIsKeptAsUnanswered() {
        #expect(AnswersRules.entryChoice(nil, hasNotes: true, notesOnly: Choice.unanswered) == .unanswered)
        #expect(AnswersRules.entryChoice(nil, hasNotes: false, notesOnly: Choice.unanswered) == nil)
        #expect(AnswersRules.entryChoice(Choice.option("yes"), hasNotes: true, notesOnly: .unanswered) == .option("yes"))
    }

    @Test func blankBytesMatchBlankText() {
        for text in ["", "  \n", "\u{00A0}", "x", " é "] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { AnswersRules.isBlank($0) } == AnswersRules.isBlank(text), "\(text)")
        }
    }
}
