import Assessment
import CyberYAML

/// Builds a blank answers file for `cyberassess init`: every question listed, with its text
/// and options (or indicators) as comments above it.
package enum AnswersTemplate {
    /// The blank file. With `schema` (see `AnswersSchemaLink`), the first line is
    /// `# yaml-language-server: $schema=SCHEMA`, which editors using the YAML language server
    /// read to check and complete the file as it is typed.
    package static func make(questionnaires: [Questionnaire], body: Body, period: String, assessor: String?, date: Day, schema: String? = nil, system: String? = nil) throws(YAMLError) -> String {
        var file = AnswersFile(
            body: body, period: period, assessor: assessor, date: date,
            questionnaires: questionnaires.map { QuestionnaireVersion(id: $0.id, version: $0.version) }, answers: [])
        file.system = system
        let (comments, order) = guide(for: questionnaires)
        let node = file.node(comments: comments, blanks: order)
        return try Emitter.emit(node, header: modeline(schema: schema) + """
            cyberassess answers file for \(body.name).
            Fill in each answer with one of the option values listed above it, e.g.  RES-REC-03: annual
            or the full form with a comment and evidence:
              RES-REC-03:
                answer: annual
                comment: Last full restore test in March.
                evidence: [{title: Restore log, location: IT share, date: 2026-03-12}]
            Then run:  cyberassess score THIS_FILE
            """)
    }

    /// The comment written above each question (its text and options, or indicators, with the
    /// questionnaire and domain headings above the first), and the order questions are listed
    /// in: what `init` writes and `assess` keeps when it rewrites a file.
    package static func guide(for questionnaires: [Questionnaire]) -> (comments: [String: String], order: [String]) {
        var comments: [String: String] = [:]
        var order: [String] = []
        // A question answered once elsewhere (same_as) is not listed, nor a domain of only such.
        let reused = questionnaires.reusedQuestionIDs
        for questionnaire in questionnaires {
            var title: [String]? = ["== \(questionnaire.title) (\(questionnaire.id) \(questionnaire.version), \(questionnaire.scoring.rawValue)) ==", ""]
            for domain in questionnaire.domains {
                for (i, question) in domain.questions.filter({ !reused.contains($0.id) }).enumerated() {
                    order.append(question.id)
                    var lines: [String] = []
                    if i == 0 {
                        lines += title ?? []
                        title = nil
                        lines += ["-- \(domain.id): \(domain.title) --"]
                    }
                    lines.append("\(question.id): \(oneLine(question.text))")
                    if questionnaire.scoring.answersWithIndicators {
                        lines.append("  answer with  agreed: [ids of the statements that are true]")
                        for column in question.indicators?.columns ?? [] where !column.indicators.isEmpty {
                            lines.append("  \(column.status.title):")
                            for indicator in column.indicators { lines.append("    \(indicator.id): \(oneLine(indicator.text))") }
                        }
                    } else {
                        if let level = question.practiceLevel { lines.append("  practice at level \(level)") }
                        for option in question.answers {
                            lines.append("  \(option.value): \(oneLine(option.label)) (\(option.detail))")
                        }
                    }
                    if question.allowNA { lines.append("  na: not applicable (add a justification)") }
                    if let condition = question.appliesIf {
                        lines.append("  \(condition.description)")
                    }
                    comments[question.id] = lines.joined(separator: "\n")
                }
            }
        }
        return (comments, order)
    }

    /// The modeline that makes editors load the answers schema, as a header line.
    package static func modeline(schema: String?) -> String {
        schema.map { "yaml-language-server: $schema=\($0)\n" } ?? ""
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
