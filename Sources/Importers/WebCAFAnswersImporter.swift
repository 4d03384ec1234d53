import Assessment
import CyberYAML

/// Reads a completed WebCAF assessment (JSON: per outcome code, `indicators` with
/// `COLUMN_ID: true|false` flags and `COLUMN_ID_comment` texts, and a `confirmation` with the
/// status WebCAF recorded) and writes the same answers as a cyberassess answers file for a
/// questionnaire made by `import webcaf`.
package enum WebCAFAnswersImporter {
    /// The answers, and notices (with their place in the JSON) about what needs a look.
    package struct Result: Sendable {
        package var answers: AnswersFile
        package var notices: [Problem]
    }

    static let columns = ["partially-achieved", "not-achieved", "achieved"]

    /// Imports `source` (JSON, read through the YAML loader so every problem has a line and
    /// column) against the imported questionnaire `questionnaire`.
    package static func run(_ source: SourceFile, questionnaire: Questionnaire, body: Body, period: String, date: Day, assessor: String? = nil) throws(AssessmentError) -> Result {
        let root = try source.parse(limits: .importing)
        var reader = SourceReader(file: source.path)
        guard let outcomes = reader.mapping(root, "the WebCAF assessment", at: root.mark) else { throw .invalid(reader.errors) }
        var answers: [Answer] = []
        for pair in outcomes.pairs {
            let code = pair.key.value
            guard let question = question(for: code, in: questionnaire), let indicators = question.indicators else {
                reader.error(pair.key.mark, "outcome \(code) is not in questionnaire \(questionnaire.id) \(questionnaire.version); import the matching CAF version")
                continue
            }
            guard let entry = reader.mapping(pair.value, "outcome \(code)", at: pair.key.mark) else { continue }
            reader.ignoreOthers(in: entry, known: ["indicators", "confirmation"], context: "outcome")
            var agreed: [String] = []
            var comments: [String] = []
            let confirmation = entry["confirmation"]?.mapping
            if let summary = confirmation?["confirm_outcome_confirm_comment"]?.text, !summary.isEmpty { comments.append(summary) }
            for flag in entry["indicators"]?.mapping?.pairs ?? [] {
                let key = flag.key.value
                guard let column = columns.first(where: { key.hasPrefix($0 + "_") }) else {
                    reader.error(flag.key.mark, "outcome \(code): indicator key '\(key)' does not start with achieved_, partially-achieved_ or not-achieved_")
                    continue
                }
                var id = String(key.dropFirst(column.count + 1))
                let isComment = id.hasSuffix("_comment")
                if isComment { id = String(id.dropLast("_comment".count)) }
                guard let indicator = find(id, column: column, in: indicators) else {
                    reader.error(flag.key.mark, "outcome \(code): indicator \(id) (\(column)) is not in question \(question.id)")
                    continue
                }
                if isComment {
                    if let text = flag.value.text, !text.isEmpty { comments.append("\(indicator): \(text)") }
                } else {
                    switch flag.value.text {
                    case "true": agreed.append(indicator)
                    case "false": break
                    default: reader.error(flag.value.mark, "outcome \(code): \(key): expected true or false, found \(flag.value.found)")
                    }
                }
            }
            let decided = questionnaire.decideOutcome(indicators, agreed: agreed).status
            if let recorded = confirmation?["outcome_status"], let text = recorded.text {
                if let status = outcomeStatus(text), status != decided {
                    reader.note(recorded.mark, "outcome \(code): WebCAF recorded \(status.title); the questionnaire's rules decide \(decided.title) from the same statements")
                }
            }
            if confirmation?["confirm_outcome"]?.text != "confirm" {
                reader.note(entry.mark, "outcome \(code) was not confirmed in WebCAF; its statements are imported as they stand")
            }
            answers.append(Answer(questionID: question.id, choice: .indicators(agreed), comment: comments.isEmpty ? nil : comments.joined(separator: "\n")))
        }
        guard reader.errors.isEmpty else { throw .invalid(reader.errors) }
        let file = AnswersFile(body: body, period: period, assessor: assessor, date: date,
                               questionnaires: [QuestionnaireVersion(id: questionnaire.id, version: questionnaire.version)],
                               answers: answers)
        return Result(answers: file, notices: reader.allNotices)
    }

    /// The question for a CAF outcome code: the one citing it in the questionnaire's own catalogue.
    static func question(for code: String, in questionnaire: Questionnaire) -> Question? {
        questionnaire.questions.first { question in
            question.references.contains(FrameworkReference(framework: questionnaire.id, id: code)) || question.id.hasSuffix("-\(code)")
        }
    }

    /// The questionnaire's id for WebCAF indicator `id` of `column` (`import webcaf` gives an
    /// id used in two columns a `-COLUMN` suffix in the later one).
    static func find(_ id: String, column: String, in indicators: Indicators) -> String? {
        let list: [Indicator] = switch column {
        case "achieved": indicators.achieved
        case "partially-achieved": indicators.partiallyAchieved
        default: indicators.notAchieved
        }
        return list.first { $0.id == id || $0.id == "\(id)-\(column)" }?.id
    }
}
