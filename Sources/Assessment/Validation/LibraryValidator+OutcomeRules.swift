import CyberYAML

extension LibraryValidator {
    /// A questionnaire's own outcome decision table belongs to the outcome method and must
    /// decide every combination of counts, so no answer is left without a status.
    package func checkOutcomeRules(_ q: Questionnaire, file: String) -> [Problem] {
        guard let table = q.outcomeRules else { return [] }
        let mark = table.rules.first?.mark ?? q.mark
        if q.scoring != .outcome {
            return [Problem(file: file, mark: mark, message: "outcome_rules: only outcome questionnaires use an outcome decision table; this one is \(q.scoring.rawValue)")]
        }
        if table.rules.isEmpty {
            return [Problem(file: file, mark: q.mark, message: "outcome_rules is empty; list the rules or remove it so the standard rule applies")]
        }
        let missing = table.uncovered
        guard !missing.isEmpty else { return [] }
        let listed = missing.prefix(3).map { "(\($0))" }.joined(separator: ", ") + (missing.count > 3 ? " and \(missing.count - 3) more" : "")
        return [Problem(file: file, mark: mark, message: "outcome_rules: no rule matches \(missing.count) combination\(missing.count == 1 ? "" : "s") of agreed indicators: \(listed); add rules (a pattern of 'any' matches every count)")]
    }
}
