import CyberYAML

extension Library {
    /// Refuses `--topic-weight` entries that name no questionnaire of the library, as a usage
    /// error, before anything is scored.
    package func checkTopicWeights(_ weights: [String: Double]) throws(AssessmentError) {
        let known = questionnaires.map(\.id)
        for id in weights.keys.sorted() where questionnaire(id) == nil {
            throw .usage("--topic-weight: unknown questionnaire '\(id)'\(Suggestion.hint(for: id, in: known)); the library has \(known.joined(separator: ", "))")
        }
    }
}
