import CyberYAML

extension AnswersFile: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable { case body, period, assessor, date, questionnaires, answers }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        body = try c.decode(Body.self, forKey: .body)
        period = try c.decode(String.self, forKey: .period)
        assessor = try c.decodeIfPresent(String.self, forKey: .assessor)
        date = try c.decode(Day.self, forKey: .date)
        questionnaires = try c.decode(VersionMap.self, forKey: .questionnaires).versions
        answers = try c.decodeIfPresent(AnswerMap.self, forKey: .answers)?.answers ?? []
        try decodeScopeKeys(from: decoder)
        // Every problem with the body and period is reported in one run, where collecting.
        for (path, message) in AnswersRules.problems(body: body, period: period) {
            let root = decoder.yamlNode?.mapping
            let node = path == "period" ? root?["period"] : root?["body"]?.mapping?[String(path.dropFirst("body.".count))]
            let error = YAMLError.invalidValue(path: path, message: message, node?.mark ?? decoder.yamlMark ?? Mark(line: 1, column: 1))
            if !decoder.recover(error) { throw error }
        }
    }
}

/// A key known only at run time (question ids, questionnaire ids).
package struct AnyKey: CodingKey {
    package var stringValue: String
    package var intValue: Int? { nil }
    package init(_ string: String) { stringValue = string }
    package init?(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) { nil }
}

/// `questionnaires:` maps questionnaire id to version, keeping marks.
package struct VersionMap: Decodable {
    package var versions: [QuestionnaireVersion] = []

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        guard case .mapping(let mapping)? = decoder.yamlNode else {
            versions = try c.allKeys.map { QuestionnaireVersion(id: $0.stringValue, version: try c.decode(String.self, forKey: $0)) }
            return
        }
        for pair in mapping.pairs {
            versions.append(QuestionnaireVersion(id: pair.key.value, version: try c.decode(String.self, forKey: AnyKey(pair.key.value)), mark: pair.key.mark))
        }
    }
}

/// `answers:` maps question id to a shorthand value or a full entry, in file order.
package struct AnswerMap: Decodable {
    package var answers: [Answer] = []

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        let pairs: [(key: String, mark: Mark?)]
        if case .mapping(let mapping)? = decoder.yamlNode {
            pairs = mapping.pairs.map { ($0.key.value, $0.key.mark) }
        } else {
            pairs = c.allKeys.map { ($0.stringValue, nil) }
        }
        answers.reserveCapacity(pairs.count)
        for (key, mark) in pairs {
            let entry: AnswerEntry
            do {
                entry = try c.decode(AnswerEntry.self, forKey: AnyKey(key))
            } catch {
                // One malformed answer should not hide problems in the others.
                if decoder.recover(error) { continue }
                throw error
            }
            // An entry with notes but no answer is kept as unanswered, so its evidence is
            // checked and its comment reaches the report; an empty one is a blank question.
            guard let choice = AnswersRules.entryChoice(entry.choice, hasNotes: entry.hasNotes, notesOnly: .unanswered) else { continue }
            answers.append(Answer(
                questionID: key, choice: choice, comment: entry.comment, justification: entry.justification,
                answeredBy: entry.answeredBy, evidence: entry.evidence, mark: mark, valueMark: entry.valueMark))
        }
    }
}

/// One entry under `answers:` in either form.
package struct AnswerEntry: Decodable {
    package var choice: Choice?
    package var comment: String?
    package var justification: String?
    package var answeredBy: String?
    package var evidence: [Evidence] = []
    package var valueMark: Mark?

    /// Whether the entry says anything besides its answer.
    package var hasNotes: Bool { comment != nil || justification != nil || answeredBy != nil || !evidence.isEmpty }

    package enum CodingKeys: String, CodingKey, CaseIterable {
        case answer, agreed, comment, justification, evidence
        case answeredBy = "answered_by"
    }

    package init(from decoder: any Decoder) throws {
        if case .scalar(let s)? = decoder.yamlNode {
            valueMark = s.mark
            if let tag = s.nonTextTag {
                throw YAMLError.typeMismatch(path: pathString(decoder.codingPath), expected: "text", found: "a value tagged \(tag)", s.mark)
            }
            if !s.isNull, !s.value.isEmpty { choice = Choice(scalar: s.value) }
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let answer = try c.decodeIfPresent(String.self, forKey: .answer)
        let agreed = try c.decodeIfPresent([String].self, forKey: .agreed)
        if answer != nil, agreed != nil {
            throw YAMLError.invalidValue(path: pathString(decoder.codingPath), message: "give either 'answer' or 'agreed', not both", decoder.yamlMark ?? Mark(line: 0, column: 0))
        }
        if let answer { choice = Choice(scalar: answer) }
        if let agreed { choice = .indicators(agreed) }
        comment = try c.decodeIfPresent(String.self, forKey: .comment)
        justification = try c.decodeIfPresent(String.self, forKey: .justification)
        answeredBy = try c.decodeIfPresent(String.self, forKey: .answeredBy)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        // With neither 'answer' nor 'agreed', the question stays unanswered (`.unanswered` when
        // the entry has notes); `AnswersDocument` keeps such notes when `assess` rewrites the file.
        valueMark = decoder.yamlMark
    }
}
