import Assessment
import Audit

/// A comparison laid out as headed sections of paragraphs, tables and lists, independent of
/// the output format. Every string in it is plain text from the reports; each format's
/// renderer escapes all of it, so nothing here is markup.
struct ComparisonDocument {
    /// How a piece of text should stand out (colour in the terminal, a class in HTML).
    enum Tone: String {
        case plain, good, bad, warn, muted
    }

    struct Cell {
        var text: String
        var tone: Tone = .plain

        init(_ text: String, _ tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }
    }

    struct Item {
        /// The item's first line, in pieces that may differ in tone.
        var line: [Cell]
        /// Further lines under it (e.g. comments).
        var details: [String] = []
    }

    enum Block {
        case paragraph([Cell])
        case table(header: [String], rows: [[Cell]])
        case list([Item])
        /// The two sides' domain scores drawn against their targets (HTML only; the other
        /// formats have the same figures in the table beside it).
        case chart(Comparison)
    }

    struct Section {
        var title: String
        var blocks: [Block]
    }

    var title: String
    var sections: [Section]
    /// The comparison itself, for the HTML page's header and chart; nil for documents of
    /// other sections (scopes, reviews, plans).
    var comparison: Comparison?

    init(_ c: Comparison) {
        title = "Comparison: \(c.old.label), \(c.old.body.name) \(c.old.period) → \(c.new.label), \(c.new.body.name) \(c.new.period)"
        comparison = c
        sections = [
            Self.comparability(c),
            Self.overall(c),
            Self.regressions(c),
            Self.topics(c),
            Self.changedQuestions(c),
            Self.questionsOnlyInOne(c),
            Self.recommendations(c),
            Self.evidence(c),
        ]
    }

    static func comparability(_ c: Comparison) -> Section {
        let k = c.comparability
        let share = Format.percent(k.share * 100)
        var blocks: [Block] = []
        if let warning = c.bodyWarning {
            blocks.append(.paragraph([Cell("Warning: " + warning + ".", .warn)]))
        }
        blocks.append(.paragraph([
            Cell("\(share) of questions in common", k.weak ? .warn : .good),
            Cell(" (\(k.common) in both, \(k.onlyOld) only in \(c.old.label), \(k.onlyNew) only in \(c.new.label); weak below \(Format.percent(k.threshold * 100)))."),
        ]))
        if k.weak {
            blocks.append(.paragraph([Cell("Weak comparison: too few questions are shared for the scores to compare like for like.", .warn)]))
        }
        if !k.versionChanges.isEmpty {
            blocks.append(.paragraph([Cell("Questionnaire versions changed: " + k.versionChanges.joined(separator: "; ") + ".")]))
        }
        blocks.append(.list([side(c.old), side(c.new)]))
        return Section(title: "Comparability", blocks: blocks)
    }

    static func overall(_ c: Comparison) -> Section {
        let o = c.overall
        return Section(title: "Overall", blocks: [
            .table(header: ["", c.old.label, c.new.label, "Change"], rows: [
                [Cell("Score"), Cell(Format.score(o.oldScore)), Cell(Format.score(o.newScore)), delta(o.delta)],
                [Cell("Band"), Cell(o.oldBand ?? Format.none), Cell(o.newBand ?? Format.none), Cell("")],
                [Cell("Answered at level 0"), Cell(Format.level(c.old.levelZeroQuestions)), Cell(Format.level(c.new.levelZeroQuestions)),
                 countDelta(c.old.levelZeroQuestions, c.new.levelZeroQuestions)],
                [Cell("Weakest domain"), Cell(weakest(c.old.weakestDomain)), Cell(weakest(c.new.weakestDomain)), Cell("")],
            ]),
        ])
    }

    /// A change in a count where fewer is better (questions at level 0): a rise is bad.
    static func countDelta(_ old: Int?, _ new: Int?) -> Cell {
        guard let old, let new else { return Cell(Format.none) }
        return new > old ? Cell("+\(new - old)", .bad) : new < old ? Cell("\(new - old)", .good) : Cell("0")
    }

    /// A weakest domain as "DAB-MET 1.00 / 5" (its title is in the domain table below, and
    /// keeps the text table narrow), or "—".
    static func weakest(_ w: WeakestDomain?) -> String {
        w.map { "\($0.id) \(Format.score($0.score)) / \($0.scaleMax)" } ?? Format.none
    }

    static func regressions(_ c: Comparison) -> Section {
        guard !c.regressions.isEmpty else {
            return Section(title: "Regressions", blocks: [.paragraph([Cell("None: no like-for-like domain or topic score or weakest link went down.", .good)])])
        }
        return Section(title: "Regressions (\(c.regressions.count))", blocks: [
            .list(c.regressions.map { Item(line: [Cell($0.description, .bad)]) }),
        ])
    }

    static func topics(_ c: Comparison) -> Section {
        var rows: [[Cell]] = []
        for topic in c.topics {
            rows.append(row(c, label: "\(topic.title) (\(topic.id))", presence: topic.presence, change: topic.change, likeForLike: topic.likeForLike, note: versionNote(topic)))
            for d in topic.domains {
                var note = ""
                if !d.questionsAdded.isEmpty || !d.questionsRemoved.isEmpty {
                    note = "questions +\(d.questionsAdded.count) −\(d.questionsRemoved.count)"
                }
                rows.append(row(c, label: "  \(d.title) (\(d.id))", presence: d.presence, change: d.change, likeForLike: d.likeForLike, note: note))
            }
        }
        return Section(title: "Topics and domains", blocks: [
            .chart(c),
            .table(header: ["Topic / domain", c.old.label, c.new.label, "Change", "Weakest link", "Note"], rows: rows),
        ])
    }

    static func changedQuestions(_ c: Comparison) -> Section {
        guard !c.changedQuestions.isEmpty else {
            return Section(title: "Changed answers", blocks: [.paragraph([Cell("No answer, status or level changed.")])])
        }
        let items = c.changedQuestions.map { q in
            let tone: Tone = (q.levelDelta ?? 0) < 0 ? .bad : (q.levelDelta ?? 0) > 0 ? .good : .plain
            var details = ["\(q.text)"]
            details.append("\(c.old.label) comment: " + (q.old.comment ?? Format.none))
            details.append("\(c.new.label) comment: " + (q.new.comment ?? Format.none))
            return Item(line: [Cell("\(q.id) (\(q.domain)): "), Cell(state(q.old) + " → " + state(q.new), tone)], details: details)
        }
        return Section(title: "Changed answers (\(items.count))", blocks: [.list(items)])
    }

    static func questionsOnlyInOne(_ c: Comparison) -> Section {
        guard !c.addedQuestions.isEmpty || !c.removedQuestions.isEmpty else {
            return Section(title: "Added and removed questions", blocks: [.paragraph([Cell("None: both reports have the same questions.")])])
        }
        var blocks: [Block] = [.paragraph([Cell("Questions in only one report (matched by id), e.g. after a questionnaire version change. They are not counted as regressions.", .muted)])]
        if !c.addedQuestions.isEmpty {
            blocks.append(.paragraph([Cell("Added (only in \(c.new.label)): \(c.addedQuestions.count)")]))
            blocks.append(.list(c.addedQuestions.map { Item(line: [Cell("\($0.id) (\($0.domain)): \(state($0.state))")], details: [$0.text]) }))
        }
        if !c.removedQuestions.isEmpty {
            blocks.append(.paragraph([Cell("Removed (only in \(c.old.label)): \(c.removedQuestions.count)")]))
            blocks.append(.list(c.removedQuestions.map { Item(line: [Cell("\($0.id) (\($0.domain)): \(state($0.state))")], details: [$0.text]) }))
        }
        return Section(title: "Added and removed questions", blocks: blocks)
    }

    static func recommendations(_ c: Comparison) -> Section {
        var blocks: [Block] = []
        func item(_ r: Comparison.RecommendationEntry, _ onlyIn: String) -> Item {
            let note = r.questionInBoth ? "" : " (question \(onlyIn))"
            return Item(line: [Cell("\(r.question) (\(r.domain)) level \(r.level) → target \(r.target)\(note)")], details: [r.text])
        }
        blocks.append(.paragraph([Cell("Resolved: \(c.resolvedRecommendations.count)", c.resolvedRecommendations.isEmpty ? .plain : .good)]))
        if !c.resolvedRecommendations.isEmpty { blocks.append(.list(c.resolvedRecommendations.map { item($0, "removed") })) }
        blocks.append(.paragraph([Cell("New: \(c.newRecommendations.count)", c.newRecommendations.isEmpty ? .plain : .warn)]))
        if !c.newRecommendations.isEmpty { blocks.append(.list(c.newRecommendations.map { item($0, "added") })) }
        return Section(title: "Recommendations", blocks: blocks)
    }

    static func evidence(_ c: Comparison) -> Section {
        guard !c.evidenceChanges.isEmpty else {
            return Section(title: "Evidence", blocks: [.paragraph([Cell("No evidence added or removed.")])])
        }
        return Section(title: "Evidence (\(c.evidenceChanges.count) questions)", blocks: [
            .list(c.evidenceChanges.map { e in
                Item(line: [Cell("\(e.question) (\(e.domain))")], details: e.added.map { "+ " + $0 } + e.removed.map { "− " + $0 })
            }),
        ])
    }

    // MARK: - Pieces

    static func row(_ c: Comparison, label: String, presence: Comparison.Presence, change: Comparison.ScoreChange, likeForLike: Bool, note: String) -> [Cell] {
        var notes: [String] = []
        switch presence {
        case .added: notes.append("added (only in \(c.new.label))")
        case .removed: notes.append("removed (only in \(c.old.label))")
        case .both: if !likeForLike { notes.append("not like for like") }
        }
        if !note.isEmpty { notes.append(note) }
        let weakest = presence == .both
            ? "\(Format.level(change.oldWeakestLink)) → \(Format.level(change.newWeakestLink))"
            : Format.level(change.newWeakestLink ?? change.oldWeakestLink)
        var changeCell = delta(change.delta)
        if !likeForLike, changeCell.tone == .bad { changeCell.tone = .muted }
        return [
            Cell(label), Cell(Format.score(change.oldScore)), Cell(Format.score(change.newScore)), changeCell,
            Cell(weakest, likeForLike && change.weakestLinkDown ? .bad : .plain),
            Cell(notes.joined(separator: "; "), .muted),
        ]
    }

    static func versionNote(_ topic: Comparison.TopicChange) -> String {
        guard let o = topic.oldVersion, let n = topic.newVersion, o != n else { return "" }
        return "version \(o) → \(n)"
    }

    /// "+0.50", "-0.33", "0.00" or "—", toned by direction.
    static func delta(_ value: Double?) -> Cell {
        guard let value else { return Cell(Format.none) }
        let text = Format.score(value)
        if value > 0 { return Cell("+" + text, .good) }
        if value < 0 { return Cell(text, .bad) }
        return Cell(text)
    }

    static func levelDelta(_ old: Int?, _ new: Int?) -> Cell {
        guard let old, let new else { return Cell(Format.none) }
        return new > old ? Cell("+\(new - old)", .good) : new < old ? Cell("\(new - old)", .bad) : Cell("0")
    }

    /// How a question was answered, in words.
    static func state(_ s: Comparison.QuestionState) -> String {
        switch s.status {
        case .unanswered: return "unanswered"
        case .notApplicable: return "not applicable"
        case .excluded: return "does not apply"
        case .answered:
            if let outcome = s.outcome { return "\(outcome.title) (level \(Format.level(s.level)))" }
            let what = s.label.map { "\($0) [\(s.answer ?? "")]" } ?? s.answer ?? "answered"
            return "\(what) (level \(Format.level(s.level)))"
        }
    }

    /// "Before: Body (id), period 2026-27, assessed 2026-10-15 by X, profile baseline" and its files.
    static func side(_ side: Comparison.Side) -> Item {
        var line = "\(side.label): \(side.body.name) (\(side.body.id)), period \(side.period), assessed \(side.date)"
        if let assessor = side.assessor { line += " by \(assessor)" }
        if let profile = side.profile { line += ", profile \(profile)" }
        return Item(line: [Cell(line)], details: [
            "questionnaires: " + side.questionnaires.map { "\($0.id) \($0.version)" }.joined(separator: ", "),
            "file: " + side.source,
        ])
    }
}
