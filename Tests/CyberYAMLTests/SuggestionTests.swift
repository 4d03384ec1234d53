import Testing
@testable import CyberYAML

@Suite struct SuggestionTests {
    @Test func suggestsTheClosestCandidateIgnoringCase() {
        #expect(Suggestion.closest(to: "questionaires", in: ["questionnaires", "answers"]) == "questionnaires")
        #expect(Suggestion.closest(to: "ANSWER", in: ["answers", "agreed"]) == "answers")
    }

    @Test func tiesGoToTheCandidateThatSortsFirst() {
        #expect(Suggestion.closest(to: "ab", in: ["ac", "aa", "ad"]) == "aa")
    }

    @Test func nothingFarOffIsSuggested() {
        #expect(Suggestion.closest(to: "period", in: ["body", "answers"]) == nil)
        #expect(Suggestion.closest(to: "x", in: [String]()) == nil)
    }

    @Test func hintIsTheMessageTail() {
        #expect(Suggestion.hint(for: "comemnt", in: ["comment"]) == " (did you mean 'comment'?)")
        #expect(Suggestion.hint(for: "zzz", in: ["comment"]) == "")
        #expect(Suggestion.hint(nil) == "")
    }

    @Test func tooManyCandidatesSkipTheSearch() {
        let many = (0...Suggestion.maxCandidates).map { "ID-\($0)" }
        #expect(Suggestion.closest(to: "ID-1x", in: many) == nil)
        #expect(Suggestion.closest(to: "ID-1x", in: many.prefix(Suggestion.maxCandidates)) == "ID-1")
    }

    @Test func overlongWordsSkipTheSearch() {
        let long = String(repeating: "a", count: Suggestion.maxWordLength + 1)
        #expect(Suggestion.closest(to: long, in: [long + "b"]) == nil)
        #expect(Suggestion.closest(to: String(long.dropLast()), in: [long]) == long)
    }

    @Test func candidatesRuledOutByLengthAreSkippedWithoutChangingTheAnswer() {
        let word = "RES-GOV-01"
        let candidates = ["RES-GOV-02", String(repeating: "R", count: 5_000), "RES-GOV-1"]
        #expect(Suggestion.closest(to: word, in: candidates) == "RES-GOV-02")
    }
}
