import Assessment
import CyberYAML

/// An answers file as the interactive tools read and rewrite it: the answers, plus the notes
/// (comments and evidence) written against questions that have no answer yet.
///
/// `AnswersFile` leaves such entries out because they do not count as answers; keeping them
/// here means that rewriting a file (after each answer in `assess`, or in `merge`) never drops
/// what someone wrote.
package struct AnswersDocument: Sendable, Equatable {
    package var file: AnswersFile
    /// Entries under `answers:` with a comment or evidence but no answer, in file order.
    package var notes: [QuestionNote]

    package init(file: AnswersFile, notes: [QuestionNote] = []) {
        self.file = file
        self.notes = notes
    }

    /// Reads and decodes an answers file, refusing other kinds of YAML file.
    package static func read(_ path: String, limits: LoaderLimits = .default) throws(AssessmentError) -> AnswersDocument {
        try AnswersDocument(source: SourceFile.read(path, limits: limits), limits: limits)
    }

    /// Decodes an answers file already read.
    package init(source: SourceFile, limits: LoaderLimits = .default) throws(AssessmentError) {
        file = try source.decodeAnswers(limits: limits).answers
        // Entries with notes but no answer are kept apart, as notes, while the file is edited.
        notes = file.answers.filter { $0.choice == .unanswered }.map {
            QuestionNote(questionID: $0.questionID, comment: $0.comment, justification: $0.justification, answeredBy: $0.answeredBy, evidence: $0.evidence)
        }
        file.answers.removeAll { $0.choice == .unanswered }
    }

    /// The answers with the notes put back as unanswered entries: what scoring reads from the
    /// file on disk, so notes reach the report.
    package var fileWithNotes: AnswersFile {
        var whole = file
        let answered = Set(file.answers.map(\.questionID))
        for note in notes where !answered.contains(note.questionID) {
            whole.answers.append(Answer(
                questionID: note.questionID, choice: .unanswered, comment: note.comment, justification: note.justification,
                answeredBy: note.answeredBy, evidence: note.evidence))
        }
        return whole
    }

    /// The note for a question, if any.
    package func note(_ questionID: String) -> QuestionNote? { notes.first { $0.questionID == questionID } }

    /// Replaces the answer to `answer.questionID`, or adds it.
    package mutating func setAnswer(_ answer: Answer) {
        if let i = file.answers.firstIndex(where: { $0.questionID == answer.questionID }) {
            file.answers[i] = answer
        } else {
            file.answers.append(answer)
        }
    }

    /// Replaces the note for `note.questionID`, adds it, or removes it when it is empty.
    package mutating func setNote(_ note: QuestionNote) {
        let i = notes.firstIndex { $0.questionID == note.questionID }
        switch (i, note.isEmpty) {
        case (let i?, true): notes.remove(at: i)
        case (let i?, false): notes[i] = note
        case (nil, false): notes.append(note)
        case (nil, true): break
        }
    }

    /// The document as a node tree. Entries under `answers:` follow `order` (question ids;
    /// others keep their place after those); `blanks` adds empty entries for questions with
    /// neither answer nor note, and `comments` are written above entries.
    package func node(order: [String] = [], comments: [String: String] = [:], blanks: [String] = []) -> Node {
        guard case .mapping(var root) = file.node() else { return file.node() }
        var rank: [String: Int] = [:]
        for (i, id) in order.enumerated() where rank[id] == nil { rank[id] = i }
        var entries: [(id: String, node: Node)] = file.answers.map { ($0.questionID, $0.node) }
        var present = Set(entries.map(\.id))
        for note in notes where present.insert(note.questionID).inserted {
            entries.append((note.questionID, note.node))
        }
        for id in blanks where present.insert(id).inserted {
            entries.append((id, .scalar(Node.Scalar("", style: .plain))))
        }
        let sorted = entries.enumerated().sorted { a, b in
            (rank[a.element.id] ?? Int.max, a.offset) < (rank[b.element.id] ?? Int.max, b.offset)
        }
        var mapping = Node.Mapping()
        for (_, entry) in sorted { mapping.append(entry.id, entry.node, comment: comments[entry.id]) }
        if let i = root.pairs.firstIndex(where: { $0.key.value == "answers" }) {
            root.pairs[i].value = .mapping(mapping)
        }
        return .mapping(root)
    }

    /// The document as YAML text, with an optional header comment.
    package func yaml(order: [String] = [], header: String? = nil, comments: [String: String] = [:], blanks: [String] = []) throws(AssessmentError) -> String {
        do {
            return try Emitter.emit(node(order: order, comments: comments, blanks: blanks), header: header)
        } catch {
            throw .unreadable(path: "", reason: "could not write YAML: \(error)")
        }
    }
}

/// A comment and evidence written against a question before it is answered.
package struct QuestionNote: Sendable, Equatable {
    package var questionID: String
    package var comment: String?
    package var justification: String?
    package var answeredBy: String?
    package var evidence: [Evidence]

    package init(questionID: String, comment: String? = nil, justification: String? = nil, answeredBy: String? = nil, evidence: [Evidence] = []) {
        self.questionID = questionID
        self.comment = comment
        self.justification = justification
        self.answeredBy = answeredBy
        self.evidence = evidence
    }

    /// Whether the note says nothing (and so is not written).
    package var isEmpty: Bool { comment == nil && justification == nil && answeredBy == nil && evidence.isEmpty }

    /// The note as an entry without an answer: `{comment: ..., evidence: [...]}`.
    package var node: Node {
        var m = Node.Mapping()
        if let justification { m.append("justification", Node(justification)) }
        if let comment { m.append("comment", Node(comment)) }
        if let answeredBy { m.append("answered_by", Node(answeredBy)) }
        if !evidence.isEmpty { m.append("evidence", .sequence(Node.Sequence(evidence.map(\.node)))) }
        return .mapping(m)
    }
}

extension Evidence {
    /// One evidence entry as a block mapping, as `Answer.node` writes it.
    package var node: Node {
        var m = Node.Mapping()
        m.append("title", Node(title))
        if let location { m.append("location", Node(location)) }
        if let date { m.append("date", Node(date.description, style: .plain)) }
        return .mapping(m)
    }
}

extension Library {
    /// Question ids of the questionnaires an answers file lists, in library order: the
    /// order in which `assess` and `merge` write answers.
    package func questionOrder(for file: AnswersFile) -> [String] {
        file.questionnaires.compactMap { questionnaire($0.id) }.flatMap { $0.questions.map(\.id) }
    }
}
