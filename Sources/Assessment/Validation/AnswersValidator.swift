import Foundation
import CyberYAML

/// Checks one answers file against the library: questionnaires and versions, question ids,
/// option values, `na` rules, indicator ids and evidence.
package struct AnswersValidator {
    package let library: Library

    package init(library: Library) { self.library = library }

    package func validate(_ answers: AnswersFile, file: String) -> [Problem] {
        var problems: [Problem] = []
        func report(_ mark: Mark?, _ message: String) { problems.append(Problem(file: file, mark: mark, message: message)) }
        // Only the first problems of a file are listed, so suggestions are searched for them
        // alone: 200,000 unknown ids cost a message each, not an edit-distance search each.
        func suggest<C: Collection<String>>(for word: String, in candidates: C) -> String {
            problems.count < Problem.listedPerFile ? Suggestion.hint(for: word, in: candidates) : ""
        }

        if answers.questionnaires.isEmpty {
            report(Mark(line: 1, column: 1), "questionnaires: expected at least one questionnaire id and version, found none")
        }
        for entry in answers.questionnaires {
            guard let questionnaire = library.questionnaire(entry.id) else {
                let hint = suggest(for: entry.id, in: library.questionnaires.map(\.id))
                report(entry.mark, "questionnaires: unknown questionnaire '\(entry.id)'\(hint); the library has \(library.questionnaires.map(\.id).joined(separator: ", "))")
                continue
            }
            if questionnaire.version != entry.version {
                report(entry.mark, "questionnaires: answers were written for \(entry.id) version \(entry.version), but the library has version \(questionnaire.version); re-run 'cyberassess init' or use the matching library")
            }
        }

        let assessed = answers.questionnaires.map(\.id)
        // The checks of one answer against its question, which the loop below lends in place:
        // copying a question out of the library for every answer of every body cost batch
        // scoring a reference count for each of its fields.
        func check(_ answer: Answer, against question: Question) {
            let mark = answer.valueMark ?? answer.mark
            if let home = library.home(of: question, assessing: assessed) {
                report(answer.mark, "answers: \(answer.questionID) takes its answer from \(home.id) (same_as), so one fact is answered once; move this answer to \(home.id) and delete it here")
                return
            }
            switch answer.choice {
            case .notApplicable:
                switch AnswersRules.notApplicableProblem(allowed: question.allowNA, justified: AnswersRules.saysSomething(answer.justification)) {
                case .notApplicableNotAllowed?:
                    report(mark, "answers.\(answer.questionID): 'na' is not allowed for this question; choose one of: \(question.answers.map(\.value).joined(separator: ", "))")
                case .some:
                    report(mark, "answers.\(answer.questionID): 'na' needs a written justification; add 'justification: ...' saying why the question does not apply")
                case nil:
                    break
                }
            case .option(let value):
                switch AnswersRules.optionProblem(isOutcome: question.indicators != nil, found: question.option(value) != nil) {
                case .optionForOutcome?:
                    report(mark, "answers.\(answer.questionID): an outcome question is answered with 'agreed: [indicator ids]', found answer '\(value)'")
                case .some:
                    let values = question.answers.map(\.value)
                    let hint = suggest(for: value, in: values)
                    report(mark, "answers.\(answer.questionID): '\(value)' is not an option\(hint); expected one of: \(values.joined(separator: ", "))")
                case nil:
                    break
                }
            case .indicators(let ids):
                guard AnswersRules.indicatorsProblem(isOutcome: question.indicators != nil) == nil, let indicators = question.indicators else {
                    report(mark, "answers.\(answer.questionID): 'agreed' is for outcome questions; answer this one with one of: \(question.answers.map(\.value).joined(separator: ", "))")
                    break
                }
                let known = indicators.all.map(\.id)
                var seen: Set<String> = []
                for id in ids {
                    if !known.contains(id) {
                        let hint = suggest(for: id, in: known)
                        report(mark, "answers.\(answer.questionID): unknown indicator '\(id)'\(hint); indicators are \(known.joined(separator: ", "))")
                    }
                    if !seen.insert(id).inserted { report(mark, "answers.\(answer.questionID): indicator '\(id)' is listed twice") }
                }
            case .unanswered:
                break
            }
            for evidence in answer.evidence {
                if AnswersRules.evidenceTitleProblem(titleIsBlank: AnswersRules.isBlank(evidence.title)) != nil {
                    report(mark, "answers.\(answer.questionID): evidence needs a title saying what it is, found only spaces")
                }
                if AnswersRules.evidenceDateProblem(evidence.date, assessed: answers.date) != nil, let date = evidence.date {
                    report(mark, "answers.\(answer.questionID): evidence '\(evidence.title)' is dated \(date), after the assessment date \(answers.date); check the date")
                }
            }
        }
        for answer in answers.answers {
            // Reached through the index, not `lookup`, so that batch scoring does not copy a
            // whole questionnaire for every answer.
            guard let location = library.index[answer.questionID] else {
                let hint = suggest(for: answer.questionID, in: library.index.keys)
                report(answer.mark, "answers: unknown question id '\(answer.questionID)'\(hint)")
                continue
            }
            let questionnaireID = library.questionnaires[location.questionnaire].id
            if !answers.questionnaires.contains(where: { $0.id == questionnaireID }) {
                report(answer.mark, "answers: \(answer.questionID) belongs to questionnaire '\(questionnaireID)', which is not listed under 'questionnaires'; add it there")
            }
            library.questionnaires[location.questionnaire].domains[location.domain].questions.withUnsafeBufferPointer { questions in
                check(answer, against: questions[location.question])
            }
        }
        return problems.sorted()
    }
}
