import Foundation
import Assessment

/// Writes an answers file as YAML in randomly chosen documented styles (plain, single- and
/// double-quoted scalars, flow and block mappings and lists, comments, blank entries, any
/// order of the top-level keys), so the two readers meet more than the emitter's one style.
struct AnswersText {
    var dice: Dice

    mutating func render(_ file: AnswersFile) -> String {
        var sections: [String] = []
        var body = "body:\n  id: \(scalar(file.body.id))\n  name: \(scalar(file.body.name))\n"
        if let type = file.body.type { body += "  type: \(scalar(type))\n" }
        if let region = file.body.region { body += "  region: \(scalar(region))\n" }
        sections.append(body)
        sections.append("period: \(scalar(file.period))\n")
        if let assessor = file.assessor { sections.append("assessor: \(scalar(assessor))\n") }
        sections.append("date: \(file.date)\n")
        sections.append("questionnaires:\n" + file.questionnaires.map { "  \($0.id): \(scalar($0.version))\n" }.joined())
        var answers = "answers:\n"
        for answer in file.answers {
            if dice.chance(0.05) { answers += "  # a note between answers\n" }
            if dice.chance(0.05) { answers += "  \(scalar(answer.questionID + "-blank")):\(dice.chance(0.5) ? " ~" : "")\n" }
            answers += entry(answer)
        }
        sections.append(answers)
        dice.shuffle(&sections)
        return (dice.chance(0.3) ? "# answers\n" : "") + sections.joined()
    }

    private mutating func entry(_ answer: Answer) -> String {
        let key = "  \(scalar(answer.questionID)):"
        let hasNotes = answer.comment != nil || answer.justification != nil || answer.answeredBy != nil || !answer.evidence.isEmpty
        if !hasNotes, let value = answer.choice.scalar, dice.chance(0.5) {
            return key + " " + scalar(value) + "\n"
        }
        var fields: [(String, String)] = []
        switch answer.choice {
        case .indicators(let ids): fields.append(("agreed", list(ids)))
        default: fields.append(("answer", scalar(answer.choice.scalar ?? "")))
        }
        if let comment = answer.comment { fields.append(("comment", scalar(comment))) }
        if let justification = answer.justification { fields.append(("justification", scalar(justification))) }
        if let by = answer.answeredBy { fields.append(("answered_by", scalar(by))) }
        if !answer.evidence.isEmpty {
            fields.append(("evidence", "[" + answer.evidence.map { e in
                var parts = ["title: \(scalar(e.title))"]
                if let location = e.location { parts.append("location: \(scalar(location))") }
                if let date = e.date { parts.append("date: \(date)") }
                return "{" + parts.joined(separator: ", ") + "}"
            }.joined(separator: ", ") + "]"))
        }
        dice.shuffle(&fields)
        if dice.chance(0.5) {
            return key + " {" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}\n"
        }
        return key + "\n" + fields.map { "    \($0.0): \($0.1)\n" }.joined()
    }

    private mutating func list(_ items: [String]) -> String {
        "[" + items.map { scalar($0) }.joined(separator: ", ") + "]"
    }

    /// Double-quoted, single-quoted or (when safe) plain.
    private mutating func scalar(_ text: String) -> String {
        switch dice.below(3) {
        case 0: return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case 1: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        default:
            let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_. ".contains($0) }
                && !text.isEmpty && text.first != " " && text.last != " " && text.first?.isNumber == false
                && !["na", "null", "true", "false", "yes", "no", "on", "off", "~"].contains(text.lowercased())
            return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }
}
