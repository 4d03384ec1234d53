import Assessment
extension Comparison {
    /// Compares `old` with `new`. Questions, domains and topics are matched by id; anything in
    /// only one report is labelled added or removed and never counted as a regression. A score
    /// drop counts as a regression only when both reports score it from the same question ids;
    /// where questions changed, a question in both whose level went down counts instead.
    /// `labels` name the two sides in every format; without them they are "Before" and "After".
    package init(old: Report, new: Report, oldSource: String, newSource: String, weakBelow: Double = Comparison.defaultWeakBelow, labels: SideLabels = SideLabels()) {
        let oldIndex = QuestionIndex(old), newIndex = QuestionIndex(new)
        schema = Comparison.currentSchema
        self.old = Side(old, source: oldSource, label: labels.old)
        self.new = Side(new, source: newSource, label: labels.new)
        differentBodies = old.body.id != new.body.id

        let common = oldIndex.order.filter { newIndex.entries[$0] != nil }
        let onlyOld = oldIndex.order.filter { newIndex.entries[$0] == nil }
        let onlyNew = newIndex.order.filter { oldIndex.entries[$0] == nil }
        let union = common.count + onlyOld.count + onlyNew.count
        let share = union == 0 ? 0 : (Double(common.count) / Double(union) * 10_000).rounded() / 10_000
        let versionChanges = new.topics.compactMap { t -> String? in
            guard let o = old.topics.first(where: { $0.id == t.id }), o.version != t.version else { return nil }
            return "\(t.id) \(o.version) → \(t.version)"
        }
        comparability = Comparability(
            common: common.count, onlyOld: onlyOld.count, onlyNew: onlyNew.count,
            share: share, threshold: weakBelow, weak: share < weakBelow, versionChanges: versionChanges)

        overall = ScoreChange(
            old: (old.overall.score, old.overall.weakestLink, old.overall.band),
            new: (new.overall.score, new.overall.weakestLink, new.overall.band))
        topics = Self.topicChanges(old: old, new: new)

        changedQuestions = common.compactMap { id in
            let o = oldIndex.entries[id]!, n = newIndex.entries[id]!
            // A question showing another's answer (same_as) in both reports changes with its
            // home, which is listed; listing it too would count one change twice.
            guard o.question.countsInScores || n.question.countsInScores else { return nil }
            let before = QuestionState(o.question), after = QuestionState(n.question)
            guard before.status != after.status || before.answer != after.answer || before.level != after.level || before.outcome != after.outcome else { return nil }
            let delta = before.level.flatMap { b in after.level.map { $0 - b } }
            return QuestionChange(id: id, text: n.question.text, topic: n.topic, domain: n.domain, old: before, new: after, levelDelta: delta)
        }
        addedQuestions = onlyNew.map { newIndex.entries[$0]!.entry }
        removedQuestions = onlyOld.map { oldIndex.entries[$0]!.entry }

        let oldRecs = Set(old.recommendations.map(\.question)), newRecs = Set(new.recommendations.map(\.question))
        resolvedRecommendations = old.recommendations.filter { !newRecs.contains($0.question) }.map {
            RecommendationEntry($0, questionInBoth: newIndex.entries[$0.question] != nil)
        }
        newRecommendations = new.recommendations.filter { !oldRecs.contains($0.question) }.map {
            RecommendationEntry($0, questionInBoth: oldIndex.entries[$0.question] != nil)
        }

        evidenceChanges = common.compactMap { id in
            let o = oldIndex.entries[id]!, n = newIndex.entries[id]!
            // A question showing another's answer (same_as) in both reports changes with its
            // home, which is listed; listing it too would count one change twice.
            guard o.question.countsInScores || n.question.countsInScores else { return nil }
            let before = o.question.evidence.map(\.title), after = n.question.evidence.map(\.title)
            let added = unique(after.filter { !before.contains($0) }), removed = unique(before.filter { !after.contains($0) })
            guard !added.isEmpty || !removed.isEmpty else { return nil }
            return EvidenceChange(question: id, topic: n.topic, domain: n.domain, added: added, removed: removed)
        }

        regressions = Self.regressions(in: topics, changedQuestions: changedQuestions)
        warnings = []
        warnings = [bodyWarning, weaknessWarning].compactMap { $0 }
    }

    package static func topicChanges(old: Report, new: Report) -> [TopicChange] {
        let ids = unique(new.topics.map(\.id) + old.topics.map(\.id))
        return ids.map { id in
            let o = old.topics.first { $0.id == id }, n = new.topics.first { $0.id == id }
            let domainIDs = unique((n?.domains ?? []).map(\.id) + (o?.domains ?? []).map(\.id))
            let domains = domainIDs.map { did in
                domainChange(old: o?.domains.first { $0.id == did }, new: n?.domains.first { $0.id == did })
            }
            let presence: Presence = o == nil ? .added : n == nil ? .removed : .both
            return TopicChange(
                id: id, title: (n ?? o)!.title, presence: presence, oldVersion: o?.version, newVersion: n?.version,
                scaleMax: (n ?? o)!.scaleMax,
                change: ScoreChange(old: (o?.score, o?.weakestLink, o?.band), new: (n?.score, n?.weakestLink, n?.band)),
                likeForLike: presence == .both && domains.allSatisfy { $0.likeForLike },
                domains: domains)
        }
    }

    package static func domainChange(old o: DomainResult?, new n: DomainResult?) -> DomainChange {
        let before = (o?.questions ?? []).map(\.id), after = (n?.questions ?? []).map(\.id)
        let added = after.filter { !before.contains($0) }, removed = before.filter { !after.contains($0) }
        let presence: Presence = o == nil ? .added : n == nil ? .removed : .both
        return DomainChange(
            id: (n ?? o)!.id, title: (n ?? o)!.title, presence: presence,
            change: ScoreChange(old: (o?.score, o?.weakestLink, o?.band), new: (n?.score, n?.weakestLink, n?.band)),
            oldTarget: o?.target, newTarget: n?.target,
            likeForLike: presence == .both && added.isEmpty && removed.isEmpty,
            questionsAdded: added, questionsRemoved: removed)
    }

    package static func regressions(in topics: [TopicChange], changedQuestions: [QuestionChange]) -> [Regression] {
        var found: [Regression] = []
        for topic in topics where topic.presence == .both {
            if topic.likeForLike {
                let c = topic.change
                if c.scoreDown, let o = c.oldScore, let n = c.newScore {
                    found.append(Regression(kind: .topicScore, topic: topic.id, domain: nil, title: topic.title, question: nil, old: o, new: n))
                }
                if c.weakestLinkDown, let o = c.oldWeakestLink, let n = c.newWeakestLink {
                    found.append(Regression(kind: .topicWeakestLink, topic: topic.id, domain: nil, title: topic.title, question: nil, old: Double(o), new: Double(n)))
                }
            }
            for domain in topic.domains where domain.presence == .both {
                let c = domain.change
                if domain.likeForLike {
                    if c.scoreDown, let o = c.oldScore, let n = c.newScore {
                        found.append(Regression(kind: .domainScore, topic: topic.id, domain: domain.id, title: domain.title, question: nil, old: o, new: n))
                    }
                    if c.weakestLinkDown, let o = c.oldWeakestLink, let n = c.newWeakestLink {
                        found.append(Regression(kind: .domainWeakestLink, topic: topic.id, domain: domain.id, title: domain.title, question: nil, old: Double(o), new: Double(n)))
                    }
                } else {
                    for q in changedQuestions where q.topic == topic.id && q.domain == domain.id && (q.levelDelta ?? 0) < 0 {
                        found.append(Regression(kind: .questionLevel, topic: topic.id, domain: domain.id, title: domain.title, question: q.id, old: Double(q.old.level!), new: Double(q.new.level!)))
                    }
                }
            }
        }
        return found
    }
}

extension Comparison.Side {
    package init(_ report: Report, source: String, label: String) {
        self.init(
            source: source, label: label, body: report.body, period: report.period, assessor: report.assessor, date: report.date,
            profile: report.profile, questionnaires: report.topics.map { QuestionnaireVersion(id: $0.id, version: $0.version) },
            digest: report.digest, levelZeroQuestions: report.levelZeroQuestions, weakestDomain: report.weakestDomain)
    }
}

extension Comparison.ScoreChange {
    package init(old: (score: Double?, weakestLink: Int?, band: String?), new: (score: Double?, weakestLink: Int?, band: String?)) {
        let delta = old.score.flatMap { o in new.score.map { round2($0 - o) } }
        self.init(
            oldScore: old.score, newScore: new.score, delta: delta == 0 ? 0 : delta,
            oldWeakestLink: old.weakestLink, newWeakestLink: new.weakestLink, oldBand: old.band, newBand: new.band)
    }
}

extension Comparison.QuestionState {
    package init(_ q: QuestionResult) {
        self.init(status: q.status, answer: q.answer, label: q.label, level: q.level, outcome: q.outcome?.status, comment: q.comment)
    }
}

extension Comparison.RecommendationEntry {
    package init(_ r: Recommendation, questionInBoth: Bool) {
        self.init(question: r.question, questionText: r.questionText, topic: r.topic, domain: r.domain, level: r.level, target: r.target, text: r.text, questionInBoth: questionInBoth)
    }
}

/// Every question of a report by id, with the topic and domain it sits in, in report order.
private struct QuestionIndex {
    struct Located {
        var question: QuestionResult
        var topic: String
        var domain: String

        var entry: Comparison.QuestionEntry {
            Comparison.QuestionEntry(id: question.id, text: question.text, topic: topic, domain: domain, state: Comparison.QuestionState(question))
        }
    }

    var order: [String] = []
    var entries: [String: Located] = [:]

    init(_ report: Report) {
        for topic in report.topics {
            for domain in topic.domains {
                for question in domain.questions where entries[question.id] == nil {
                    order.append(question.id)
                    entries[question.id] = Located(question: question, topic: topic.id, domain: domain.id)
                }
            }
        }
    }
}

/// `items` without repeats, first occurrence kept.
private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}

extension Report {
    /// Reads the report at `path`: a JSON report (content starting with `{`) as it is, or an
    /// answers file (YAML) scored first against the library `library()` gives, which is only
    /// asked for when needed.
    package static func read(_ path: String, scoringWith library: () throws(AssessmentError) -> Library, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> Report {
        try readSide(path, scoringWith: library, options: options).report
    }

    /// As `read`, with the `review:` header of an answers file that is an assurance review
    /// (a JSON report carries none).
    package static func readSide(_ path: String, scoringWith library: () throws(AssessmentError) -> Library, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> (report: Report, review: ReviewHeader?) {
        let source = try SourceFile.read(path)
        if isJSON(source.bytes) { return (try decode(json: source.bytes, path: path), nil) }
        let answers = try Scorer.decodeAnswers(source)
        return (try Scorer(library: try library()).score(answers, file: path, answersSHA256: source.sha256, options: options), answers.review)
    }

    /// Whether the first character other than white space (after any byte-order mark) is `{`.
    package static func isJSON(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }
}
