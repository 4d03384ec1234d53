import CyberYAML

extension Questionnaire: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable {
        case id, version, title, topic, description, scoring, scale, target, bands, profiles, domains
        case outcomeLevels = "outcome_levels", outcomeRules = "outcome_rules", provenance
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decode(String.self, forKey: .version)
        title = try c.decode(String.self, forKey: .title)
        topic = try c.decode(String.self, forKey: .topic)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        scoring = try c.decodeIfPresent(ScoringMethod.self, forKey: .scoring) ?? .graded
        scale = try c.decode([ScaleLevel].self, forKey: .scale)
        target = try c.decode(Int.self, forKey: .target)
        bands = try c.decodeIfPresent([Band].self, forKey: .bands) ?? []
        profiles = try c.decodeIfPresent([TargetProfile].self, forKey: .profiles) ?? []
        outcomeLevels = try c.decodeIfPresent(OutcomeLevels.self, forKey: .outcomeLevels) ?? OutcomeLevels()
        outcomeRules = try c.decodeIfPresent(OutcomeDecisionTable.self, forKey: .outcomeRules)
        provenance = try c.decodeIfPresent(ImportProvenance.self, forKey: .provenance)
        domains = try c.decode([Domain].self, forKey: .domains)
        mark = decoder.yamlMark
        if scoring == .cumulative {
            for d in domains.indices {
                for q in domains[d].questions.indices where domains[d].questions[q].answers.isEmpty {
                    domains[d].questions[q].answers = AnswerOption.practiceDefaults
                }
            }
        }
    }
}

extension Domain: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable { case id, title, description, weight, target, questions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        target = try c.decodeIfPresent(Int.self, forKey: .target)
        questions = try c.decode([Question].self, forKey: .questions)
        mark = decoder.yamlMark
    }
}

extension Question: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable {
        case id, text, guidance, weight, answers, indicators, evidence, references, recommendation
        case allowNA = "allow_na", appliesIf = "applies_if", practiceLevel = "practice_level", sameAs = "same_as"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(String.self, forKey: .text)
        guidance = try c.decodeIfPresent(String.self, forKey: .guidance)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        allowNA = try c.decodeIfPresent(Bool.self, forKey: .allowNA) ?? false
        appliesIf = try c.decodeIfPresent(AppliesIf.self, forKey: .appliesIf)
        answers = try c.decodeIfPresent([AnswerOption].self, forKey: .answers) ?? []
        practiceLevel = try c.decodeIfPresent(Int.self, forKey: .practiceLevel)
        indicators = try c.decodeIfPresent(Indicators.self, forKey: .indicators)
        evidence = try c.decodeIfPresent([String].self, forKey: .evidence) ?? []
        references = try c.decodeIfPresent(ReferenceList.self, forKey: .references)?.references ?? []
        recommendation = try c.decodeIfPresent(String.self, forKey: .recommendation)
        sameAs = try c.decodeIfPresent(SameAs.self, forKey: .sameAs)
        mark = decoder.yamlMark
    }
}

extension SameAs: Decodable {
    public init(from decoder: any Decoder) throws {
        question = try String(from: decoder)
        mark = decoder.yamlMark
    }
}

extension AppliesIf: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable { case question, values = "in", bodyTypes = "body_type" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        bodyTypes = try c.decodeIfPresent([String].self, forKey: .bodyTypes)
        // A body-type condition may stand alone; otherwise `question` and `in` are required.
        if bodyTypes == nil || c.contains(.question) || c.contains(.values) {
            question = try c.decode(String.self, forKey: .question)
            values = try c.decode([String].self, forKey: .values)
        } else {
            question = nil
            values = []
        }
        mark = decoder.yamlMark
    }
}

extension Indicators: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable {
        case notAchieved = "not_achieved", partiallyAchieved = "partially_achieved", achieved
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        notAchieved = try c.decodeIfPresent([Indicator].self, forKey: .notAchieved) ?? []
        partiallyAchieved = try c.decodeIfPresent([Indicator].self, forKey: .partiallyAchieved) ?? []
        achieved = try c.decodeIfPresent([Indicator].self, forKey: .achieved) ?? []
    }
}

/// `references:` maps a framework key to one identifier or a list of them.
package struct ReferenceList: Decodable {
    package var references: [FrameworkReference] = []

    package init(from decoder: any Decoder) throws {
        guard let node = decoder.yamlNode else {
            let plain = try [String: [String]](from: decoder)
            references = plain.sorted { $0.key < $1.key }.flatMap { key, ids in ids.map { FrameworkReference(framework: key, id: $0) } }
            return
        }
        guard case .mapping(let mapping) = node else {
            throw YAMLError.typeMismatch(path: pathString(decoder.codingPath), expected: "a mapping of framework to identifiers", found: node.found, node.mark)
        }
        for pair in mapping.pairs {
            switch pair.value {
            case .scalar(let s) where !s.isNull:
                references.append(FrameworkReference(framework: pair.key.value, id: s.value, mark: s.mark))
            case .sequence(let seq):
                for item in seq.items {
                    guard case .scalar(let s) = item, !s.isNull else {
                        throw YAMLError.typeMismatch(path: pathString(decoder.codingPath) + ".\(pair.key.value)", expected: "an identifier", found: item.found, item.mark)
                    }
                    references.append(FrameworkReference(framework: pair.key.value, id: s.value, mark: s.mark))
                }
            default:
                throw YAMLError.typeMismatch(path: pathString(decoder.codingPath) + ".\(pair.key.value)", expected: "an identifier or a list of identifiers", found: pair.value.found, pair.value.mark)
            }
        }
    }
}
