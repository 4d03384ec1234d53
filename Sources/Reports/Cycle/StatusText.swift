import Assessment

/// How statuses read in the cycle's tables: outcome statuses by their titles, the rest as written.
enum StatusText {
    static func title(_ status: String) -> String {
        if let outcome = OutcomeStatus(rawValue: status) { return outcome.title }
        if let question = QuestionStatus(rawValue: status) {
            switch question {
            case .notApplicable: return "N/A"
            case .unanswered: return "Unanswered"
            case .excluded: return "Excluded"
            case .answered: return "Answered"
            }
        }
        if status == "not-assessed" { return "—" }
        return status.prefix(1).uppercased() + status.dropFirst()
    }

    static func yesNo(_ value: Bool) -> ComparisonDocument.Cell {
        value ? .init("yes", .good) : .init("no", .bad)
    }
}
