import Assessment
/// Combines answers files written by several people for the same body, period and
/// questionnaire versions.
///
/// An answer present in one file only is taken. Answers that agree (the same option, both
/// not applicable, or the same indicators in any order) are taken once, with their comments,
/// justifications and authors combined and their evidence unioned. Answers that differ are a
/// conflict: listed with every value, and left out of the result unless `prefer` names one of
/// the files, whose answer then wins. Notes on unanswered questions are kept too.
package enum AnswersMerge {
    /// One input file: a name to show (usually its path) and its contents.
    package struct Input: Sendable {
        package var name: String
        package var document: AnswersDocument

        package init(name: String, document: AnswersDocument) {
            self.name = name
            self.document = document
        }
    }

    /// One file's answer to a question in conflict.
    package struct Side: Sendable, Equatable {
        package var file: String
        package var answer: Answer
    }

    /// Differing answers to one question.
    package struct Conflict: Sendable, Equatable {
        package var questionID: String
        /// Every file's answer, in input order.
        package var sides: [Side]
        /// The file whose answer was taken (`--prefer`), or nil when left for a person.
        package var settledBy: String?
    }

    /// A header field (assessor, body name...) that differs between files, and what was kept.
    package struct Difference: Sendable, Equatable {
        package var field: String
        package var values: [(file: String, value: String)]
        package var kept: String

        package static func == (a: Self, b: Self) -> Bool {
            a.field == b.field && a.kept == b.kept && a.values.map(\.file) == b.values.map(\.file) && a.values.map(\.value) == b.values.map(\.value)
        }
    }

    /// The merged document and an account of how every answer got there.
    package struct Merged: Sendable, Equatable {
        package var document: AnswersDocument
        /// Questions answered in one file only.
        package var single: [String]
        /// Questions answered alike in several files.
        package var agreed: [String]
        package var conflicts: [Conflict]
        package var differences: [Difference]
        /// The input names, in order.
        package var files: [String]

        /// Conflicts that `--prefer` did not settle.
        package var unresolved: [Conflict] { conflicts.filter { $0.settledBy == nil } }
    }

    /// Why files cannot be merged.
    package enum Refusal: DiagnosticError, Sendable, Equatable {
        case tooFewFiles
        case differentBodies([String])
        case differentPeriods([String])
        case differentVersions(questionnaire: String, [String])
        case preferNotAnInput(String, inputs: [String])

        package var description: String {
            switch self {
            case .tooFewFiles:
                "merge needs at least two answers files"
            case .differentBodies(let lines):
                "the files are for different bodies, so they cannot be merged:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
            case .differentPeriods(let lines):
                "the files are for different assessment periods, so they cannot be merged:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
            case .differentVersions(let id, let lines):
                "the files answer different versions of questionnaire '\(id)', so they cannot be merged; bring them to one version first:\n" + lines.map { "  " + $0 }.joined(separator: "\n")
            case .preferNotAnInput(let name, let inputs):
                "--prefer \(name) is not one of the files being merged (\(inputs.joined(separator: ", ")))"
            }
        }
    }

    /// Merges `inputs` (at least two). `prefer` is the name of the input that settles conflicts.
    package static func merge(_ inputs: [Input], prefer: String? = nil) throws(Refusal) -> Merged {
        guard inputs.count >= 2 else { throw .tooFewFiles }
        if let prefer, !inputs.contains(where: { $0.name == prefer }) { throw .preferNotAnInput(prefer, inputs: inputs.map(\.name)) }
        try check(inputs)

        let base = inputs.first { $0.name == prefer } ?? inputs[0]
        var file = base.document.file
        var differences: [Difference] = []
        func compare(_ field: String, _ value: (AnswersFile) -> String?, kept: String?) {
            let values = inputs.map { ($0.name, value($0.document.file) ?? "(none)") }
            if Set(values.map(\.1)).count > 1 { differences.append(Difference(field: field, values: values, kept: kept ?? "(none)")) }
        }
        compare("body.name", { $0.body.name }, kept: file.body.name)
        compare("body.type", { $0.body.type }, kept: file.body.type)
        compare("body.region", { $0.body.region }, kept: file.body.region)
        compare("assessor", { $0.assessor }, kept: file.assessor)
        // The latest date, so that every file's evidence still predates the assessment.
        file.date = inputs.map(\.document.file.date).max() ?? file.date
        compare("date", { $0.date.description }, kept: file.date.description)

        var versions: [QuestionnaireVersion] = []
        for input in inputs {
            for q in input.document.file.questionnaires where !versions.contains(where: { $0.id == q.id }) {
                versions.append(QuestionnaireVersion(id: q.id, version: q.version))
            }
        }
        file.questionnaires = versions

        // Question ids in order of first appearance across the files.
        var order: [String] = []
        var seen: Set<String> = []
        for input in inputs {
            for id in input.document.file.answers.map(\.questionID) + input.document.notes.map(\.questionID) where seen.insert(id).inserted {
                order.append(id)
            }
        }

        var answers: [Answer] = []
        var notes: [QuestionNote] = []
        var single: [String] = [], agreed: [String] = []
        var conflicts: [Conflict] = []
        for id in order {
            let sides = inputs.compactMap { input in input.document.file.answer(id).map { Side(file: input.name, answer: $0) } }
            let questionNotes = inputs.compactMap { $0.document.note(id) }
            var groups: [[Side]] = []
            for side in sides {
                if let g = groups.firstIndex(where: { same($0[0].answer.choice, side.answer.choice) }) {
                    groups[g].append(side)
                } else {
                    groups.append([side])
                }
            }
            var taken: [Side]?
            switch groups.count {
            case 0:
                break
            case 1:
                taken = groups[0]
                if sides.count == 1 { single.append(id) } else { agreed.append(id) }
            default:
                let winner = groups.first { $0.contains { $0.file == prefer } }
                conflicts.append(Conflict(questionID: id, sides: sides, settledBy: winner == nil ? nil : prefer))
                taken = winner
            }
            if let taken {
                var answer = combine(taken.map(\.answer))
                answer.comment = joined([answer.comment] + questionNotes.map(\.comment), separator: "\n")
                answer.answeredBy = joined([answer.answeredBy] + questionNotes.map(\.answeredBy), separator: ", ")
                answer.evidence = union([answer.evidence] + questionNotes.map(\.evidence))
                answers.append(answer)
            } else if !questionNotes.isEmpty {
                notes.append(QuestionNote(
                    questionID: id,
                    comment: joined(questionNotes.map(\.comment), separator: "\n"),
                    justification: joined(questionNotes.map(\.justification), separator: "\n"),
                    answeredBy: joined(questionNotes.map(\.answeredBy), separator: ", "),
                    evidence: union(questionNotes.map(\.evidence))))
            }
        }
        file.answers = answers
        return Merged(
            document: AnswersDocument(file: file, notes: notes), single: single, agreed: agreed,
            conflicts: conflicts, differences: differences, files: inputs.map(\.name))
    }

    private static func check(_ inputs: [Input]) throws(Refusal) {
        if Set(inputs.map(\.document.file.body.id)).count > 1 {
            throw .differentBodies(inputs.map { "\($0.name): \($0.document.file.body.id) (\($0.document.file.body.name))" })
        }
        if Set(inputs.map(\.document.file.period)).count > 1 {
            throw .differentPeriods(inputs.map { "\($0.name): \($0.document.file.period)" })
        }
        var ids: [String] = []
        for input in inputs { for q in input.document.file.questionnaires where !ids.contains(q.id) { ids.append(q.id) } }
        for id in ids {
            let listed = inputs.compactMap { input in input.document.file.questionnaires.first { $0.id == id }.map { (input.name, $0.version) } }
            if Set(listed.map(\.1)).count > 1 {
                throw .differentVersions(questionnaire: id, listed.map { "\($0.0): \(id) \($0.1)" })
            }
        }
    }

    /// Whether two choices say the same thing (indicators in any order).
    package static func same(_ a: Choice, _ b: Choice) -> Bool {
        switch (a, b) {
        case (.indicators(let x), .indicators(let y)): Set(x) == Set(y)
        default: a == b
        }
    }

    /// Agreeing answers as one: the first one's choice, every distinct comment, justification
    /// and author, and the union of their evidence.
    package static func combine(_ answers: [Answer]) -> Answer {
        var answer = answers[0]
        answer.mark = nil
        answer.valueMark = nil
        answer.comment = joined(answers.map(\.comment), separator: "\n")
        answer.justification = joined(answers.map(\.justification), separator: "\n")
        answer.answeredBy = joined(answers.map(\.answeredBy), separator: ", ")
        answer.evidence = union(answers.map(\.evidence))
        return answer
    }

    /// The distinct non-empty texts in order, joined; nil when there are none.
    package static func joined(_ texts: [String?], separator: String) -> String? {
        var distinct: [String] = []
        for case let text? in texts where !text.isEmpty && !distinct.contains(text) { distinct.append(text) }
        return distinct.isEmpty ? nil : distinct.joined(separator: separator)
    }

    package static func union(_ lists: [[Evidence]]) -> [Evidence] {
        var out: [Evidence] = []
        for e in lists.joined() where !out.contains(e) { out.append(e) }
        return out
    }
}

extension AnswersMerge.Refusal {
    /// The refusal as one problem; its text names the files.
    package var problems: [Problem] { [Problem(file: "", mark: nil, message: description)] }

    /// A `--prefer` that names no input is a usage error.
    package var isUsage: Bool {
        if case .preferNotAnInput = self { true } else { false }
    }
}
