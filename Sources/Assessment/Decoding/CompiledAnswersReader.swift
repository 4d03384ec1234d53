import CyberYAML

/// Reads a well-formed answers file straight from libyaml's events into a `CompiledScorer`'s
/// layout: keys and option values are matched on the bytes libyaml hands over, and only the
/// body's fields, the period, the dates and the questionnaire list become `String`s. The
/// fastest path of batch scoring.
///
/// It accepts exactly what `AnswersStreamReader` accepts and what `AnswersValidator` finds no
/// problem in; for anything else (an unknown key or question, an option the question lacks,
/// an anchor, a duplicate, `na` without a justification, ...) it gives up with nil and the
/// caller reads the file the ordinary way, which reports the problem in full.
package enum CompiledAnswersReader {
    /// The answers in `bytes` laid out by `compiled`, and where the body id is written; nil to fall back.
    package static func read(_ bytes: [UInt8], compiled: CompiledScorer, limits: LoaderLimits = .default) -> (answers: CompiledAnswers, bodyIDMark: Mark)? {
        guard bytes.count <= limits.maxBytes, Parser.isValidUTF8(bytes) else { return nil }
        // libyaml reads the file's bytes where they are: the reader lives only in this scope.
        return bytes.withUnsafeBufferPointer { lent in
            var cursor = RawCursor(reader: EventReader(borrowing: lent), compiled: compiled, maxNodes: limits.maxNodes)
            guard let read = try? cursor.document(), compiled.acceptedTopics(read.answers) != nil else { return nil }
            return read
        }
    }
}

private struct GiveUp: Error {}

private struct RawCursor {
    let reader: EventReader
    let compiled: CompiledScorer
    let maxNodes: Int
    var nodes = 0
    var states: [Int16]
    var agreed: [UInt64]
    /// Questions whose key has been read, as bits, so that a repeated key gives up.
    var seen: [UInt64]
    var latestEvidence: Day?
    /// Keys left blank that name no question.
    var unknownBlanks: [String] = []

    init(reader: EventReader, compiled: CompiledScorer, maxNodes: Int) {
        self.reader = reader
        self.compiled = compiled
        self.maxNodes = maxNodes
        states = [Int16](repeating: CompiledAnswers.State.absent.rawValue, count: compiled.questions.count)
        agreed = [UInt64](repeating: 0, count: compiled.questions.count)
        seen = [UInt64](repeating: 0, count: compiled.questions.count / 64 + 1)
    }

    /// The next event; anchors, tags and aliases give up.
    mutating func next() throws(GiveUp) -> RawEvent {
        nodes += 1
        guard nodes <= maxNodes, let event = try? reader.nextRaw(), !event.isSpecial, event.kind != .alias else { throw GiveUp() }
        return event
    }

    mutating func expect(_ kind: RawEvent.Kind) throws(GiveUp) {
        guard try next().kind == kind else { throw GiveUp() }
    }

    mutating func document() throws(GiveUp) -> (answers: CompiledAnswers, bodyIDMark: Mark) {
        try expect(.streamStart)
        try expect(.documentStart)
        try expect(.mappingStart)
        var body: (Body, Mark)?
        var period: String?, assessor: String?, date: Day?
        var questionnaires: [QuestionnaireVersion]?
        var seen: UInt8 = 0
        while let key: DocumentKey = try nextKey(seen: &seen) {
            switch key {
            case .body: body = try self.body()
            case .period: period = try text()
            case .assessor: assessor = try optionalText()
            case .date: date = try Day(text()).orGiveUp()
            case .questionnaires: questionnaires = try questionnaireList()
            case .answers: try answers()
            }
        }
        try expect(.documentEnd)
        try expect(.streamEnd)
        guard let (body, idMark) = body, let period, let date, let questionnaires,
              AnswersRules.problems(body: body, period: period).isEmpty else { throw GiveUp() }
        return (CompiledAnswers(body: body, period: period, assessor: assessor, date: date, questionnaires: questionnaires,
                            states: states, agreed: agreed, latestEvidence: latestEvidence), idMark)
    }

    /// The next key of a mapping whose keys are `Key`'s, each at most once; nil at the
    /// mapping's end. Any other key, or one repeated, gives up.
    mutating func nextKey<Key: MappingKey>(seen: inout UInt8) throws(GiveUp) -> Key? {
        let event = try next()
        if event.kind == .mappingEnd { return nil }
        guard event.kind == .scalar, let place = Key.names.firstIndex(where: event.equals) else { throw GiveUp() }
        let bit = UInt8(1) << UInt8(place)
        guard seen & bit == 0 else { throw GiveUp() }
        seen |= bit
        return Key(rawValue: place)
    }

    /// A required text value: any scalar but null.
    mutating func text() throws(GiveUp) -> String {
        let event = try next()
        guard event.kind == .scalar, !event.isNull else { throw GiveUp() }
        return event.text
    }

    /// An optional text value: null gives nil.
    mutating func optionalText() throws(GiveUp) -> String? {
        let event = try next()
        guard event.kind == .scalar else { throw GiveUp() }
        return event.isNull ? nil : event.text
    }

    /// A scalar that may be null, read for whether it says something: nil for null, else
    /// whether its text is blank.
    mutating func note() throws(GiveUp) -> Bool? {
        let event = try next()
        guard event.kind == .scalar else { throw GiveUp() }
        return event.isNull ? nil : AnswersRules.isBlank(event.bytes)
    }

    mutating func body() throws(GiveUp) -> (Body, Mark) {
        try expect(.mappingStart)
        var id: (String, Mark)?, name: String?, type: String?, region: String?
        var seen: UInt8 = 0
        while let key: BodyKey = try nextKey(seen: &seen) {
            switch key {
            case .id:
                let value = try next()
                guard value.kind == .scalar, !value.isNull else { throw GiveUp() }
                id = (value.text, value.mark)
            case .name: name = try text()
            case .type: type = try optionalText()
            case .region: region = try optionalText()
            }
        }
        guard let (id, mark) = id, let name else { throw GiveUp() }
        return (Body(id: id, name: name, type: type, region: region), mark)
    }

    mutating func questionnaireList() throws(GiveUp) -> [QuestionnaireVersion] {
        try expect(.mappingStart)
        var list: [QuestionnaireVersion] = []
        while true {
            let key = try next()
            if key.kind == .mappingEnd { return list }
            guard key.kind == .scalar else { throw GiveUp() }
            let id = key.text, mark = key.mark
            guard !list.contains(where: { $0.id == id }) else { throw GiveUp() }
            list.append(QuestionnaireVersion(id: id, version: try text(), mark: mark))
        }
    }

    /// The `answers:` mapping: each key found in the compiled scorer's table, each value judged against
    /// the question's options, indicators and rules.
    mutating func answers() throws(GiveUp) {
        try expect(.mappingStart)
        while true {
            let key = try next()
            if key.kind == .mappingEnd { return }
            guard key.kind == .scalar else { throw GiveUp() }
            guard let q = compiled.questionIDs.index(of: key.bytes) else {
                // A key no question has is dropped when left blank, as the decoder drops it;
                // written twice it is a duplicate all the same.
                let id = key.text
                let value = try next()
                guard value.kind == .scalar, value.isNull || value.bytes.isEmpty, !unknownBlanks.contains(id) else { throw GiveUp() }
                unknownBlanks.append(id)
                continue
            }
            let word = q / 64, bit = UInt64(1) << UInt64(q % 64)
            guard seen[word] & bit == 0 else { throw GiveUp() }
            seen[word] |= bit
            try answer(q)
        }
    }

    /// One entry under `answers:`.
    mutating func answer(_ q: Int) throws(GiveUp) {
        let question = compiled.questions[q]
        let value = try next()
        switch value.kind {
        case .scalar:
            // Blank: no answer. `na` written alone has no justification, which is a problem.
            guard !value.isNull, !value.bytes.isEmpty else { return }
            let state = try option(value, of: question)
            if state == CompiledAnswers.State.notApplicable.rawValue,
               AnswersRules.notApplicableProblem(allowed: question.allowNA, justified: false) != nil { throw GiveUp() }
            states[q] = state
        case .mappingStart:
            var state: Int16?
            var chosen = false, hasNotes = false
            var justified = false
            var seen: UInt8 = 0
            while let key: EntryKey = try nextKey(seen: &seen) {
                switch key {
                case .answer, .agreed:
                    guard !chosen else { throw GiveUp() }
                    chosen = true
                    state = key == .answer ? try chosenValue(question) : try indicators(q, of: question)
                case .justification:
                    if let blank = try note() {
                        hasNotes = true
                        justified = !blank
                    }
                case .evidence:
                    if try evidence() { hasNotes = true }
                case .comment, .answeredBy:
                    if try note() != nil { hasNotes = true }
                }
            }
            guard let choice = AnswersRules.entryChoice(state, hasNotes: hasNotes, notesOnly: CompiledAnswers.State.notesOnly.rawValue) else { return }
            if choice == CompiledAnswers.State.notApplicable.rawValue,
               AnswersRules.notApplicableProblem(allowed: question.allowNA, justified: justified) != nil { throw GiveUp() }
            states[q] = choice
        default:
            throw GiveUp()
        }
    }

    /// `answer:`'s value: nil for null, else `na` or an option of the question.
    mutating func chosenValue(_ question: CompiledScorer.Question) throws(GiveUp) -> Int16? {
        let value = try next()
        guard value.kind == .scalar else { throw GiveUp() }
        return value.isNull ? nil : try option(value, of: question)
    }

    /// `na` or the index of the option `value` names; anything else gives up.
    func option(_ value: RawEvent, of question: CompiledScorer.Question) throws(GiveUp) -> Int16 {
        if value.equals(Self.notApplicableToken) { return CompiledAnswers.State.notApplicable.rawValue }
        let k = question.isOutcome ? nil : question.options.first { compiled.optionValues.equals($0, value.bytes) }
        guard AnswersRules.optionProblem(isOutcome: question.isOutcome, found: k != nil) == nil, let k else { throw GiveUp() }
        return Int16(k - question.options.lowerBound)
    }

    /// `agreed:`: a list of the question's indicator ids, each once.
    mutating func indicators(_ q: Int, of question: CompiledScorer.Question) throws(GiveUp) -> Int16 {
        guard AnswersRules.indicatorsProblem(isOutcome: question.isOutcome) == nil else { throw GiveUp() }
        try expect(.sequenceStart)
        var agreed = AgreedIndicators()
        while true {
            let item = try next()
            if item.kind == .sequenceEnd { break }
            guard item.kind == .scalar, !item.isNull else { throw GiveUp() }
            let k = question.indicators.first { compiled.indicators.equals($0, item.bytes) }
            guard agreed.agree(k.map { $0 - question.indicators.lowerBound }) == nil else { throw GiveUp() }
        }
        self.agreed[q] = agreed.bits
        return CompiledAnswers.State.indicators.rawValue
    }

    /// `evidence:`: null or a list of items with a title that says something; whether any.
    mutating func evidence() throws(GiveUp) -> Bool {
        let start = try next()
        if start.kind == .scalar, start.isNull { return false }
        guard start.kind == .sequenceStart else { throw GiveUp() }
        var any = false
        while true {
            let item = try next()
            if item.kind == .sequenceEnd { return any }
            guard item.kind == .mappingStart else { throw GiveUp() }
            var seen: UInt8 = 0
            while let key: EvidenceKey = try nextKey(seen: &seen) {
                switch key {
                case .title:
                    let title = try next()
                    guard title.kind == .scalar, !title.isNull,
                          AnswersRules.evidenceTitleProblem(titleIsBlank: AnswersRules.isBlank(title.bytes)) == nil else { throw GiveUp() }
                case .location:
                    _ = try optionalText()
                case .date:
                    if let text = try optionalText() {
                        let day = try Day(text).orGiveUp()
                        latestEvidence = max(latestEvidence ?? day, day)
                    }
                }
            }
            guard seen & 1 != 0 else { throw GiveUp() }
            any = true
        }
    }

    /// How `na` is written (`Choice.notApplicableToken`), for matching on bytes.
    static let notApplicableToken: StaticString = "na"
}

/// The keys of one kind of mapping in an answers file, in the order of `names` (at most 8).
private protocol MappingKey: RawRepresentable<Int> {
    static var names: [StaticString] { get }
}

/// The top level of an answers file (`AnswersFile.CodingKeys`).
private enum DocumentKey: Int, MappingKey {
    case body, period, assessor, date, questionnaires, answers
    static let names: [StaticString] = ["body", "period", "assessor", "date", "questionnaires", "answers"]
}

/// `body:` (`Body.CodingKeys`).
private enum BodyKey: Int, MappingKey {
    case id, name, type, region
    static let names: [StaticString] = ["id", "name", "type", "region"]
}

/// One entry of `answers:` written as a mapping (`AnswerEntry.CodingKeys`).
private enum EntryKey: Int, MappingKey {
    case answer, agreed, comment, justification, answeredBy, evidence
    static let names: [StaticString] = ["answer", "agreed", "comment", "justification", "answered_by", "evidence"]
}

/// One item of `evidence:` (`Evidence.CodingKeys`).
private enum EvidenceKey: Int, MappingKey {
    case title, location, date
    static let names: [StaticString] = ["title", "location", "date"]
}

extension Optional {
    fileprivate func orGiveUp() throws(GiveUp) -> Wrapped {
        guard let self else { throw GiveUp() }
        return self
    }
}
