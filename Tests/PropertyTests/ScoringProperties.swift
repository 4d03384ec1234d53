import Assessment
import PropertyBased
import Testing

/// Invariants of the scoring rules on seeded bodies of the bundled library.
@Suite struct ScoringProperties {
    static func score(_ answers: AnswersFile) throws -> Report {
        try PropertyFixtures.scorer.score(answers, file: "generated.yaml", answersSHA256: "")
    }

    @Test func scoresStayWithinTheScale() async {
        await propertyCheck(count: 20, input: Gen.int(in: PropertyFixtures.seeds)) { seed in
            let report = try Self.score(PropertyFixtures.answers(seed))
            var highest = 0
            for topic in report.topics {
                highest = max(highest, topic.scaleMax)
                let scale = 0...Double(topic.scaleMax)
                #expect(topic.score.map(scale.contains) ?? true, "\(topic.id) scores \(topic.score!)")
                #expect((0...100).contains(topic.completeness))
                for domain in topic.domains {
                    #expect(domain.score.map(scale.contains) ?? true, "\(domain.id) scores \(domain.score!)")
                    if let score = domain.score, let weakest = domain.weakestLink { #expect(Double(weakest) <= score) }
                    for question in domain.questions { #expect(question.level.map { (0...topic.scaleMax).contains($0) } ?? true) }
                }
            }
            #expect(report.overall.score.map { (0...Double(highest)).contains($0) } ?? true)
            #expect((0...100).contains(report.overall.completeness))
            #expect(report.recommendations.allSatisfy { $0.priority > 0 })
        }
    }

    /// Marking one question N/A can change only its own domain (and the topic and overall
    /// figures above it), the domains of questions whose `applies_if` reads its answer, and
    /// the domains of questions that show (`same_as`) the answer of any of those.
    @Test func notApplicableNeverChangesAnotherDomain() async {
        await propertyCheck(count: 15, input: Gen.int(in: PropertyFixtures.seeds), Gen.int(in: 0...1_000)) { seed, pick in
            var answers = PropertyFixtures.answers(seed)
            let library = PropertyFixtures.library
            let candidates = answers.questionnaires.flatMap { entry in
                library.questionnaire(entry.id)?.domains.flatMap { $0.questions.filter(\.allowNA).map(\.id) } ?? []
            }
            guard !candidates.isEmpty else { return }
            let id = candidates[pick % candidates.count]
            let before = try Self.score(answers)
            answers.answers.removeAll { $0.questionID == id }
            answers.answers.append(Answer(questionID: id, choice: .notApplicable, justification: "Not used here"))
            let after = try Self.score(answers)

            var affected: Set<String> = [library.lookup(id)!.domain.id]
            var changed: Set<String> = [id]
            for questionnaire in library.questionnaires {
                for domain in questionnaire.domains {
                    for question in domain.questions where question.appliesIf?.question == id {
                        affected.insert(domain.id)
                        changed.insert(question.id)
                    }
                }
            }
            for questionnaire in library.questionnaires {
                for domain in questionnaire.domains where domain.questions.contains(where: { $0.sameAs.map { changed.contains($0.question) } ?? false }) {
                    affected.insert(domain.id)
                }
            }
            for (old, new) in zip(before.topics.flatMap(\.domains), after.topics.flatMap(\.domains)) where !affected.contains(old.id) {
                #expect(old == new, "marking \(id) N/A changed domain \(old.id)")
            }
        }
    }

    @Test func theOrderOfAnswersChangesNothing() async {
        await propertyCheck(count: 15, input: Gen.int(in: PropertyFixtures.seeds)) { seed in
            var answers = PropertyFixtures.answers(seed)
            let before = try Self.score(answers)
            var dice = Dice(seed)
            dice.shuffle(&answers.answers)
            #expect(try Self.score(answers) == before)
            #expect(try PropertyFixtures.scorer.summarise(answers, file: "generated.yaml") == ReportSummary(before))
        }
    }
}
