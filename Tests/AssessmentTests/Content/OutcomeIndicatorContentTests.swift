import Foundation
import TestSupport
import Testing
@testable import Assessment

/// The bundled outcome questionnaires read the way the CAF does: a Partially-achieved
/// statement is a capability a council has part of the way there, which a council at
/// Achieved also has, and the Not-achieved statements are the deficits. Scored through the
/// library's own `Scorer`, so a council agreeing everything it can truly claim is never
/// marked down for it.
@Suite struct OutcomeIndicatorContentTests {
    let library: Library

    init() throws {
        library = try Library.loadStrict(directory: Repository.questionnaires)
    }

    /// The outcome questions the tests answer: every one in an outcome questionnaire except
    /// those that reuse another question with `same_as` (they take their home's answer).
    var outcomeQuestions: [(questionnaire: Questionnaire, question: Question)] {
        let reused = library.questionnaires.reusedQuestionIDs
        return library.questionnaires.filter { $0.scoring == .outcome }.flatMap { questionnaire in
            questionnaire.questions.filter { !reused.contains($0.id) && $0.indicators != nil }.map { (questionnaire, $0) }
        }
    }

    @Test func thereAreOutcomeQuestionsToCheck() {
        #expect(outcomeQuestions.count >= 36)
    }

    @Test func agreeingEveryAchievedAndPartiallyAchievedStatementIsAchieved() throws {
        let statuses = try score { indicators in indicators.achieved.map(\.id) + indicators.partiallyAchieved.map(\.id) }
        for (id, status) in statuses {
            #expect(status == .achieved, "\(id): a council agreeing every Achieved and Partially-achieved statement is \(status.rawValue)")
        }
    }

    @Test func agreeingOnlyThePartiallyAchievedStatementsIsPartiallyAchieved() throws {
        let statuses = try score { indicators in indicators.partiallyAchieved.map(\.id) }
        for (questionnaire, question) in outcomeQuestions {
            let status = try #require(statuses[question.id])
            // An outcome without a Partially-achieved column (as some CAF outcomes have) can
            // only be achieved or not achieved.
            let expected: OutcomeStatus = question.indicators?.partiallyAchieved.isEmpty == false ? .partiallyAchieved : .notAchieved
            #expect(status == expected, "\(questionnaire.id) \(question.id): agreeing only the Partially-achieved statements is \(status.rawValue), not \(expected.rawValue)")
        }
    }

    @Test func anyNotAchievedStatementIsNotAchievedWhateverElseIsAgreed() throws {
        let most = outcomeQuestions.map { $0.question.indicators?.notAchieved.count ?? 0 }.max() ?? 0
        #expect(most > 0)
        for index in 0..<most {
            let statuses = try score { indicators in
                guard indicators.notAchieved.indices.contains(index) else { return nil }
                return [indicators.notAchieved[index].id] + indicators.achieved.map(\.id) + indicators.partiallyAchieved.map(\.id)
            }
            for (id, status) in statuses {
                #expect(status == .notAchieved, "\(id): agreeing not-achieved statement \(index + 1) with everything else is \(status.rawValue)")
            }
        }
    }

    /// Every outcome question has a deficit to agree: without a Not-achieved statement an
    /// assessor has no way to record what is missing except by leaving statements out.
    @Test func everyOutcomeHasANotAchievedAndAnAchievedStatement() {
        for (_, question) in outcomeQuestions {
            #expect(question.indicators?.notAchieved.isEmpty == false, "\(question.id) has no Not-achieved statement")
            #expect(question.indicators?.achieved.isEmpty == false, "\(question.id) has no Achieved statement")
        }
    }

    /// A Partially-achieved statement says what the council has, not what it lacks: the
    /// words that turn it into a deficit ("but nobody", "not", "only", "never") belong in
    /// the Not-achieved column, where agreeing them lowers the result.
    @Test func partiallyAchievedStatementsDescribeCapabilityNotDeficit() throws {
        let deficit = try Regex(#"(?i)\b(but|not|never|nobody|no one|none|only|no|without|lacks?|missing|out of date)\b"#)
        for (_, question) in outcomeQuestions {
            for indicator in question.indicators?.partiallyAchieved ?? [] {
                #expect(indicator.text.firstMatch(of: deficit) == nil, "\(question.id) \(indicator.id) reads as a deficit: \(indicator.text)")
            }
        }
    }

    /// The committed example councils read the outcomes the CAF way too: where one agrees an
    /// Achieved statement and no deficit, it also agrees every Partially-achieved statement,
    /// because a council that far along has those capabilities.
    @Test func exampleCouncilsAgreeThePartialCapabilitiesBelowWhatTheyAchieve() throws {
        let files = [Repository.demoAnswers, Repository.reportExamples + "/demo-council-2027-28.yaml", Repository.reportExamples + "/cycle/council.yaml"]
        let indicators = Dictionary(uniqueKeysWithValues: outcomeQuestions.compactMap { pair in pair.question.indicators.map { (pair.question.id, $0) } })
        for file in files {
            let report = try Scorer(library: library).score(file: file)
            for question in report.topics.flatMap({ $0.domains.flatMap(\.questions) }) {
                guard let outcome = question.outcome, let columns = indicators[question.id] else { continue }
                let agreed = Set(outcome.agreed)
                let achieved = !agreed.isDisjoint(with: columns.achieved.map(\.id))
                let deficit = !agreed.isDisjoint(with: columns.notAchieved.map(\.id))
                let missing = columns.partiallyAchieved.map(\.id).filter { !agreed.contains($0) }
                #expect(!achieved || deficit || missing.isEmpty, "\(Repository.relative(file)) \(question.id) agrees Achieved statements but not \(missing)")
            }
        }
    }

    /// Scores one answers file in which each outcome question agrees the statements
    /// `agreed` picks (a question is left out when it returns nil) and returns each
    /// answered outcome's status by question id.
    func score(_ agreed: (Indicators) -> [String]?) throws -> [String: OutcomeStatus] {
        var lines = [
            "body: {id: E99999998, name: Outcome Check Council, type: unitary}",
            "period: 2026-27",
            "date: 2026-10-01",
            "questionnaires:",
        ]
        lines += library.questionnaires.filter { $0.scoring == .outcome }.map { "  \($0.id): \($0.version)" }
        lines.append("answers:")
        var asked: [String] = []
        for (_, question) in outcomeQuestions {
            guard let indicators = question.indicators, let ids = agreed(indicators) else { continue }
            lines.append("  \(question.id): {agreed: [\(ids.joined(separator: ", "))]}")
            asked.append(question.id)
        }
        let report = try withTemporaryDirectory { folder in
            let file = folder + "/outcomes.yaml"
            try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            return try Scorer(library: library).score(file: file)
        }
        var statuses: [String: OutcomeStatus] = [:]
        for question in report.topics.flatMap({ $0.domains.flatMap(\.questions) }) where asked.contains(question.id) {
            statuses[question.id] = question.outcome?.status
        }
        #expect(statuses.count == asked.count, "outcomes without a status: \(Set(asked).subtracting(statuses.keys).sorted())")
        return statuses
    }
}
