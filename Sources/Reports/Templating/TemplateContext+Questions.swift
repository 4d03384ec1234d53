import Assessment

extension TemplateContext {
    func question(_ q: QuestionResult) -> Values {
        let evidence = q.evidence.map(evidence)
        return [
            "id": text(q.id),
            "text": text(q.text),
            "status": q.status.rawValue,
            "statusText": Self.statusText(q.status),
            "answer": optional(q.answer),
            "label": optional(q.label),
            "answerText": answerText(q),
            "level": Format.level(q.level),
            "target": String(q.target),
            "targetText": targetText(q),
            "met": q.met == true,
            "metText": metText(q),
            "standing": standing(q),
            "practiceLevel": Format.level(q.practiceLevel),
            "hasPracticeLevel": q.practiceLevel != nil,
            "isOutcome": q.outcome != nil,
            "outcome": q.outcome.map { [outcome($0)] } ?? [],
            "comment": optional(q.comment),
            "hasComment": q.comment != nil,
            "justification": optional(q.justification),
            "hasJustification": q.justification != nil,
            "answeredBy": optional(q.answeredBy),
            "hasAnsweredBy": q.answeredBy != nil,
            "evidence": evidence,
            "hasEvidence": !evidence.isEmpty,
            "evidenceText": evidenceText(q),
            "references": q.references.map { text($0.description) },
            "referencesText": joined(q.references.map(\.description)),
            "hasReferences": !q.references.isEmpty,
        ]
    }

    /// The target as a level, or as the outcome status required.
    func targetText(_ q: QuestionResult) -> String { q.outcome.map { $0.required.title } ?? String(q.target) }

    /// "✓ met", "✗ below", or nothing for a question without a score. An unanswered question
    /// is neither: its status says "Unanswered" (a cumulative practice above the target would
    /// otherwise read "✓ met" without an answer).
    func metText(_ q: QuestionResult) -> String {
        guard q.status != .unanswered else { return "" }
        return q.met.map { $0 ? "✓ met" : "✗ below" } ?? ""
    }

    /// The question's CSS class: met, below or unscored (also for an unanswered question).
    func standing(_ q: QuestionResult) -> String {
        guard q.status != .unanswered else { return "unscored" }
        return q.met.map { $0 ? "met" : "below" } ?? "unscored"
    }

    /// Every piece of evidence on one line, or "—".
    func evidenceText(_ q: QuestionResult) -> String {
        q.evidence.isEmpty ? Format.none : q.evidence.map(evidenceText).joined(separator: "; ")
    }

    /// What was answered, in words: the option's label, the outcome status, or the status.
    func answerText(_ q: QuestionResult) -> String {
        if let outcome = q.outcome, q.status == .answered { return outcome.status.title }
        if let label = q.label { return text(label) }
        if let answer = q.answer { return text(answer) }
        return Self.statusText(q.status)
    }

    func outcome(_ o: OutcomeResult) -> Values {
        [
            "outcomeStatus": o.status.title,
            "outcomeStatusValue": o.status.rawValue,
            "required": o.required.title,
            "decidedBy": text(o.decidedBy),
            "agreed": o.agreed.map(text),
            "agreedText": joined(o.agreed),
            "hasAgreed": !o.agreed.isEmpty,
        ]
    }

    func evidence(_ e: EvidenceResult) -> Values {
        [
            "title": text(e.title),
            "location": optional(e.location),
            "hasLocation": e.location != nil,
            "date": e.date?.description ?? Format.none,
            "hasDate": e.date != nil,
            "stale": e.stale,
        ]
    }

    /// `Title — location (2023-01-01, stale)` on one line.
    func evidenceText(_ e: EvidenceResult) -> String {
        var s = text(e.title)
        if let location = e.location { s += " — " + text(location) }
        var notes = e.date.map { [$0.description] } ?? []
        if e.stale { notes.append("stale") }
        if !notes.isEmpty { s += " (" + notes.joined(separator: ", ") + ")" }
        return s
    }

    /// Input values joined with "; ", or "—" when there are none.
    func joined(_ values: [String]) -> String {
        values.isEmpty ? Format.none : values.map(text).joined(separator: "; ")
    }

    static func statusText(_ status: QuestionStatus) -> String {
        switch status {
        case .answered: "Answered"
        case .unanswered: "Unanswered"
        case .notApplicable: "Not applicable"
        case .excluded: "Excluded"
        }
    }
}
