import Assessment
/// An interactive walk through the questions of some questionnaires, one input line at a time.
///
/// The session is a value: `handle(_:)` takes one line the user typed and returns what to
/// show next and whether the answers changed (and so must be saved now). Questions whose
/// `applies_if` is not met are passed over, judged afresh from the current answers each time.
///
/// Keys on a question: a number (or an option value) answers; `n` not applicable, where
/// allowed, then asks for the required justification; `c` comment; `e` evidence (title,
/// location, date); `b` back; `s` skip; `?` guidance; `q` save and quit; an empty line keeps
/// the current answer and moves on. Outcome questions take indicator ids or numbers separated
/// by spaces (`A1 A2 PA1`) as the full list agreed, `+ID` / `-ID` to add or remove one, and
/// `none` when no statement holds.
package struct AssessmentSession: Sendable {
    /// One question with the questionnaire and domain it belongs to.
    package struct Item: Sendable {
        package let questionnaire: Questionnaire
        package let domain: Domain
        package let question: Question
    }

    package enum Mode: Sendable, Equatable {
        case question, justification, comment, evidenceTitle
        case evidenceLocation(title: String)
        case evidenceDate(title: String, location: String?)
    }

    package private(set) var document: AnswersDocument
    package let items: [Item]
    /// Walk every applicable question (`--review`) rather than only unanswered ones.
    package let review: Bool
    /// Written as `answered_by` on answers given in this session, when set.
    package var answeredBy: String?
    /// The index in `items` of the question being shown; nil once finished.
    package private(set) var position: Int?
    package private(set) var finish: Finish?
    package var mode: Mode = .question
    package var showGuidance = false

    /// Starts a session over every question of `questionnaires`, in order, at the first
    /// unanswered applicable question (or the first applicable one when `review`).
    package init(questionnaires: [Questionnaire], document: AnswersDocument, review: Bool = false, answeredBy: String? = nil) {
        // A question answered once elsewhere (same_as) is not asked again.
        let reused = questionnaires.reusedQuestionIDs
        self.items = questionnaires.flatMap { q in q.domains.flatMap { d in
            d.questions.filter { !reused.contains($0.id) }.map { Item(questionnaire: q, domain: d, question: $0) }
        } }
        self.document = document
        self.review = review
        self.answeredBy = answeredBy
        position = nil
        moveForward(from: -1)
    }

    // MARK: Queries

    /// Whether the question at `index` applies, given the answers so far.
    package func applies(_ index: Int) -> Bool {
        items[index].question.applies(given: { document.file.answer($0)?.choice.optionValue }, bodyType: document.file.body.type)
    }

    /// Whether the question at `index` has an answer (N/A included).
    package func isAnswered(_ index: Int) -> Bool { document.file.answer(items[index].question.id) != nil }

    /// Applicable questions, and how many of them are answered.
    package var progress: (answered: Int, applicable: Int) {
        let applicable = items.indices.filter(applies)
        return (applicable.filter(isAnswered).count, applicable.count)
    }

    /// The item being shown, if any.
    package var current: Item? { position.map { items[$0] } }

    /// What to show now.
    package var screen: Screen {
        if let finish { return .finished(finish) }
        guard let index = position else { return .finished(.allAnswered) }
        let id = items[index].question.id
        switch mode {
        case .question: return .question(view(index))
        case .justification: return .prompt(.justification(question: id))
        case .comment: return .prompt(.comment(question: id, current: comment(of: id)))
        case .evidenceTitle: return .prompt(.evidenceTitle(question: id))
        case .evidenceLocation(let title): return .prompt(.evidenceLocation(title: title))
        case .evidenceDate(let title, _): return .prompt(.evidenceDate(title: title, latest: document.file.date))
        }
    }

    // MARK: Input

    /// Takes one line the user typed (without its line break).
    package mutating func handle(_ input: String) -> Response {
        guard let index = position, finish == nil else { return Response(notices: [], screen: screen, changed: false) }
        let line = trimmed(input)
        switch mode {
        case .question:
            return handleQuestion(line, at: index)
        case .justification:
            mode = .question
            guard !line.isEmpty else { return respond(["Not marked not applicable: a justification is required."]) }
            setChoice(.notApplicable, justification: line, at: index)
            return answered(index, "not applicable")
        case .comment:
            mode = .question
            return handleComment(line, at: index)
        case .evidenceTitle:
            guard !line.isEmpty else {
                mode = .question
                return respond(["No evidence added."])
            }
            mode = .evidenceLocation(title: line)
            return respond([])
        case .evidenceLocation(let title):
            mode = .evidenceDate(title: title, location: line.isEmpty ? nil : line)
            return respond([])
        case .evidenceDate(let title, let location):
            var date: Day?
            if !line.isEmpty {
                guard let day = Day(line) else { return respond(["'\(line)' is not a date written YYYY-MM-DD."]) }
                guard day <= document.file.date else {
                    return respond(["\(day) is after the assessment date \(document.file.date); evidence must predate it."])
                }
                date = day
            }
            mode = .question
            addEvidence(Evidence(title: title, location: location, date: date), at: index)
            return respond(["Added evidence '\(title)' to \(items[index].question.id)."], changed: true)
        }
    }

    private mutating func handleQuestion(_ line: String, at index: Int) -> Response {
        let question = items[index].question
        switch line.lowercased() {
        case "":
            guard isAnswered(index) else { return respond(["Type a number to answer, s to skip or q to save and quit."]) }
            moveForward(from: index)
            return respond([])
        case "?":
            guard question.guidance != nil else { return respond(["There is no guidance for \(question.id)."]) }
            showGuidance.toggle()
            return respond([])
        case "q":
            finish = .quit(unanswered: progress.applicable - progress.answered)
            return respond([])
        case "b":
            guard let previous = (0..<index).last(where: applies) else { return respond(["This is the first question."]) }
            go(to: previous)
            return respond([])
        case "s":
            moveForward(from: index)
            return respond(["Skipped \(question.id)."])
        case "n":
            guard question.allowNA else { return respond(["\(question.id) cannot be marked not applicable."]) }
            mode = .justification
            return respond([])
        case "c":
            mode = .comment
            return respond([])
        case "e":
            mode = .evidenceTitle
            return respond([])
        default:
            return question.indicators == nil ? chooseOption(line, at: index) : chooseIndicators(line, at: index)
        }
    }

    private mutating func chooseOption(_ line: String, at index: Int) -> Response {
        let options = items[index].question.answers
        let option: AnswerOption?
        if let number = Int(line) {
            option = options.indices.contains(number - 1) ? options[number - 1] : nil
        } else {
            option = options.first { $0.value == line } ?? options.first { $0.value.lowercased() == line.lowercased() }
        }
        guard let option else {
            return respond(["'\(line)' is not an option here; type 1-\(options.count)\(items[index].question.allowNA ? ", n" : ""), c, e, b, s, ? or q."])
        }
        setChoice(.option(option.value), justification: nil, at: index)
        return answered(index, option.value)
    }

    private mutating func chooseIndicators(_ line: String, at index: Int) -> Response {
        let statements = items[index].question.indicators?.all ?? []
        let tokens = line.split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
        if tokens.count == 1, tokens[0].lowercased() == "none" {
            setChoice(.indicators([]), justification: nil, at: index)
            return answered(index, "no statements agreed")
        }
        let adjusting = tokens.allSatisfy { $0.hasPrefix("+") || $0.hasPrefix("-") }
        var agreed: [String] = []
        if adjusting, case .indicators(let ids)? = document.file.answer(items[index].question.id)?.choice { agreed = ids }
        for token in tokens {
            let sign = adjusting ? token.first : nil
            let name = adjusting ? String(token.dropFirst()) : token
            let statement: Indicator?
            if let number = Int(name) {
                statement = statements.indices.contains(number - 1) ? statements[number - 1] : nil
            } else {
                statement = statements.first { $0.id == name } ?? statements.first { $0.id.lowercased() == name.lowercased() }
            }
            guard let statement else {
                return respond(["'\(name)' is not an indicator here; type ids or numbers such as \(statements.prefix(2).map(\.id).joined(separator: " ")), or none."])
            }
            if sign == "-" {
                agreed.removeAll { $0 == statement.id }
            } else if !agreed.contains(statement.id) {
                agreed.append(statement.id)
            }
        }
        // Keep the questionnaire's order, so the file reads the same whatever order was typed.
        agreed = statements.map(\.id).filter(agreed.contains)
        setChoice(.indicators(agreed), justification: nil, at: index)
        let summary = agreed.isEmpty ? "no statements agreed" : "agreed " + agreed.joined(separator: ", ")
        if adjusting {
            return respond(["Saved \(items[index].question.id): \(summary)."], changed: true)
        }
        return answered(index, summary)
    }

    private mutating func handleComment(_ line: String, at index: Int) -> Response {
        let id = items[index].question.id
        guard !line.isEmpty else { return respond([comment(of: id) == nil ? "No comment added." : "Comment kept."]) }
        let text: String? = line == "-" ? nil : line
        if var answer = document.file.answer(id) {
            answer.comment = text
            document.setAnswer(answer)
        } else {
            var note = document.note(id) ?? QuestionNote(questionID: id)
            note.comment = text
            document.setNote(note)
        }
        return respond([text == nil ? "Removed the comment on \(id)." : "Saved the comment on \(id)."], changed: true)
    }

    // MARK: Changes

    private mutating func setChoice(_ choice: Choice, justification: String?, at index: Int) {
        let id = items[index].question.id
        var answer = document.file.answer(id) ?? Answer(questionID: id, choice: choice)
        answer.choice = choice
        answer.justification = justification
        if let answeredBy { answer.answeredBy = answeredBy }
        if let note = document.note(id) {
            // Notes written before the answer move into it.
            answer.comment = answer.comment ?? note.comment
            answer.evidence += note.evidence.filter { !answer.evidence.contains($0) }
            if answer.answeredBy == nil { answer.answeredBy = note.answeredBy }
            document.setNote(QuestionNote(questionID: id))
        }
        document.setAnswer(answer)
    }

    private mutating func addEvidence(_ evidence: Evidence, at index: Int) {
        let id = items[index].question.id
        if var answer = document.file.answer(id) {
            answer.evidence.append(evidence)
            document.setAnswer(answer)
        } else {
            var note = document.note(id) ?? QuestionNote(questionID: id)
            note.evidence.append(evidence)
            document.setNote(note)
        }
    }

    private mutating func answered(_ index: Int, _ summary: String) -> Response {
        moveForward(from: index)
        return respond(["Saved \(items[index].question.id): \(summary)."], changed: true)
    }

    // MARK: Moving

    private mutating func go(to index: Int) {
        position = index
        showGuidance = false
        mode = .question
    }

    /// Moves to the next applicable question after `index` (the next unanswered one unless
    /// reviewing), or finishes when there is none.
    private mutating func moveForward(from index: Int) {
        let next = items.indices.first { $0 > index && applies($0) && (review || !isAnswered($0)) }
        if let next {
            go(to: next)
        } else {
            position = nil
            let (answered, applicable) = progress
            finish = answered == applicable ? .allAnswered : .endOfQuestions(unanswered: applicable - answered)
        }
    }

    private func respond(_ notices: [String], changed: Bool = false) -> Response {
        Response(notices: notices, screen: screen, changed: changed)
    }

    private func comment(of id: String) -> String? {
        document.file.answer(id)?.comment ?? document.note(id)?.comment
    }

    private func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[start...end])
    }
}
