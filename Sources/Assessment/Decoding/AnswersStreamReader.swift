import CyberYAML

/// Reads a well-formed answers file straight from libyaml's events, without building a node
/// tree or going through `Decodable`: the fast path of batch scoring.
///
/// It handles exactly the documented answers format. Anything else (an unknown key, a wrong
/// type, a duplicate key, an anchor, alias or tag, a second document, more nodes than the
/// limit) makes it give up and return nil, and the caller reads the file the ordinary way,
/// which reports the problem with its full message. For every file it accepts, it produces the
/// same `AnswersFile` as `NodeDecoder` does.
package enum AnswersStreamReader {
    /// The answers in `bytes` and where the body id is written, or nil to fall back.
    package static func read(_ bytes: [UInt8], limits: LoaderLimits = .default) -> (answers: AnswersFile, bodyIDMark: Mark)? {
        guard bytes.count <= limits.maxBytes, Parser.isValidUTF8(bytes) else { return nil }
        var cursor = Cursor(reader: EventReader(bytes), maxNodes: limits.maxNodes)
        return try? cursor.document()
    }
}

private struct GiveUp: Error {}

private struct Cursor {
    let reader: EventReader
    let maxNodes: Int
    var nodes = 0

    init(reader: EventReader, maxNodes: Int) {
        self.reader = reader
        self.maxNodes = maxNodes
    }

    mutating func next() throws(GiveUp) -> EventReader.Event {
        nodes += 1
        guard nodes <= maxNodes, let event = try? reader.next() else { throw GiveUp() }
        switch event {
        case .scalar(_, true), .sequenceStart(_, true), .mappingStart(_, true), .alias: throw GiveUp()
        default: return event
        }
    }

    mutating func document() throws(GiveUp) -> (answers: AnswersFile, bodyIDMark: Mark) {
        guard case .streamStart = try next(), case .documentStart = try next(), case .mappingStart = try next() else { throw GiveUp() }
        var body: (Body, Mark)?
        var period: String?, assessor: String?, date: Day?
        var questionnaires: [QuestionnaireVersion]?
        var answers: [Answer] = []
        try mappingBody { key, cursor throws(GiveUp) in
            switch try AnswersFile.CodingKeys(rawValue: key.value).orGiveUp() {
            case .body: body = try cursor.body()
            case .period: period = try cursor.text()
            case .assessor: assessor = try cursor.optionalText()
            case .date: date = try Day(cursor.text()).orGiveUp()
            case .questionnaires:
                var list: [QuestionnaireVersion] = []
                try cursor.mapping { id, cursor throws(GiveUp) in
                    list.append(QuestionnaireVersion(id: id.value, version: try cursor.text(), mark: id.mark))
                }
                questionnaires = list
            case .answers:
                try cursor.mapping { id, cursor throws(GiveUp) in
                    if let answer = try cursor.answer(id) { answers.append(answer) }
                }
            }
        }
        guard case .documentEnd = try next(), case .streamEnd = try next(),
              let (body, idMark) = body, let period, let date, let questionnaires,
              AnswersRules.problems(body: body, period: period).isEmpty
        else { throw GiveUp() }
        return (AnswersFile(body: body, period: period, assessor: assessor, date: date, questionnaires: questionnaires, answers: answers), idMark)
    }

    /// Calls `handle` for each key of a mapping whose start has not been read yet; keys must be
    /// unique plain text.
    mutating func mapping(_ handle: (Node.Scalar, inout Cursor) throws(GiveUp) -> Void) throws(GiveUp) {
        guard case .mappingStart = try next() else { throw GiveUp() }
        try mappingBody(handle)
    }

    /// Like `mapping`, after the mapping start has been read.
    mutating func mappingBody(_ handle: (Node.Scalar, inout Cursor) throws(GiveUp) -> Void) throws(GiveUp) {
        // Most mappings have a handful of keys: a list is cheaper than a set until it grows.
        var few: [String] = []
        var many: Set<String> = []
        while true {
            switch try next() {
            case .mappingEnd: return
            case .scalar(let key, _):
                if many.isEmpty, few.count < 16 {
                    guard !few.contains(key.value) else { throw GiveUp() }
                    few.append(key.value)
                    if few.count == 16 {
                        // A mapping this long is the answers: size the set once for a
                        // questionnaire's worth of keys rather than regrowing it.
                        many.reserveCapacity(256)
                        many.formUnion(few)
                    }
                } else {
                    guard many.insert(key.value).inserted else { throw GiveUp() }
                }
                try handle(key, &self)
            default: throw GiveUp()
            }
        }
    }

    /// A required text value: any scalar but null.
    mutating func text() throws(GiveUp) -> String {
        guard case .scalar(let s, _) = try next(), !s.isNull else { throw GiveUp() }
        return s.value
    }

    /// An optional text value: null gives nil.
    mutating func optionalText() throws(GiveUp) -> String? {
        guard case .scalar(let s, _) = try next() else { throw GiveUp() }
        return s.isNull ? nil : s.value
    }

    mutating func body() throws(GiveUp) -> (Body, Mark) {
        var id: (String, Mark)?, name: String?, type: String?, region: String?
        try mapping { key, cursor throws(GiveUp) in
            switch try Body.CodingKeys(rawValue: key.value).orGiveUp() {
            case .id:
                guard case .scalar(let s, _) = try cursor.next(), !s.isNull else { throw GiveUp() }
                id = (s.value, s.mark)
            case .name: name = try cursor.text()
            case .type: type = try cursor.optionalText()
            case .region: region = try cursor.optionalText()
            }
        }
        guard let (id, mark) = id, let name else { throw GiveUp() }
        return (Body(id: id, name: name, type: type, region: region), mark)
    }

    /// One entry under `answers:`; nil for a question left blank.
    mutating func answer(_ key: Node.Scalar) throws(GiveUp) -> Answer? {
        switch try next() {
        case .scalar(let s, _):
            guard !s.isNull, !s.value.isEmpty else { return nil }
            return Answer(questionID: key.value, choice: Choice(scalar: s.value), mark: key.mark, valueMark: s.mark)
        case .mappingStart(let mark, _):
            var answer = Answer(questionID: key.value, choice: .notApplicable, mark: key.mark, valueMark: mark)
            var choice: Choice?
            var chosen = false
            try mappingBody { field, cursor throws(GiveUp) in
                switch try AnswerEntry.CodingKeys(rawValue: field.value).orGiveUp() {
                case .answer:
                    guard !chosen else { throw GiveUp() }
                    chosen = true
                    if let value = try cursor.optionalText() { choice = Choice(scalar: value) }
                case .agreed:
                    guard !chosen else { throw GiveUp() }
                    chosen = true
                    choice = .indicators(try cursor.texts())
                case .comment: answer.comment = try cursor.optionalText()
                case .justification: answer.justification = try cursor.optionalText()
                case .answeredBy: answer.answeredBy = try cursor.optionalText()
                case .evidence: answer.evidence = try cursor.evidence()
                }
            }
            let hasNotes = answer.comment != nil || answer.justification != nil || answer.answeredBy != nil || !answer.evidence.isEmpty
            guard let choice = AnswersRules.entryChoice(choice, hasNotes: hasNotes, notesOnly: .unanswered) else { return nil }
            answer.choice = choice
            return answer
        default:
            throw GiveUp()
        }
    }

    /// A list of text values (null is refused, as the decoder does).
    mutating func texts() throws(GiveUp) -> [String] {
        switch try next() {
        case .sequenceStart:
            var values: [String] = []
            while true {
                switch try next() {
                case .sequenceEnd: return values
                case .scalar(let s, _) where !s.isNull: values.append(s.value)
                default: throw GiveUp()
                }
            }
        default:
            throw GiveUp()
        }
    }

    mutating func evidence() throws(GiveUp) -> [Evidence] {
        switch try next() {
        case .scalar(let s, _) where s.isNull: return []
        case .sequenceStart:
            var items: [Evidence] = []
            while true {
                switch try next() {
                case .sequenceEnd: return items
                case .mappingStart:
                    var title: String?, location: String?, date: Day?
                    try mappingBody { key, cursor throws(GiveUp) in
                        switch try Evidence.CodingKeys(rawValue: key.value).orGiveUp() {
                        case .title: title = try cursor.text()
                        case .location: location = try cursor.optionalText()
                        case .date: date = try cursor.optionalText().map { text throws(GiveUp) in try Day(text).orGiveUp() }
                        }
                    }
                    guard let title else { throw GiveUp() }
                    items.append(Evidence(title: title, location: location, date: date))
                default: throw GiveUp()
                }
            }
        default:
            throw GiveUp()
        }
    }
}

extension Optional {
    fileprivate func orGiveUp() throws(GiveUp) -> Wrapped {
        guard let self else { throw GiveUp() }
        return self
    }
}
