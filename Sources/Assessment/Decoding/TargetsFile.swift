import CyberYAML

/// A target profile file given with `--targets`: the same shape as a questionnaire's
/// `profiles` entry (`id`, `title`, `domains: {DOMAIN: level}`, `outcomes: {QUESTION: status}`).
package enum TargetsFile {
    /// Reads a targets file and checks every domain and outcome it names against the library.
    package static func load(_ path: String, library: Library) throws(AssessmentError) -> (profile: TargetProfile, sha256: String) {
        let source = try SourceFile.read(path)
        let node = try source.parse()
        let profile = try source.decode(TargetProfile.self, from: node)
        var problems: [Problem] = []
        let domains = library.questionnaires.flatMap { q in q.domains.map { (q, $0) } }
        let mapping = node.mapping
        for (id, level) in profile.domains.sorted(by: { $0.key < $1.key }) {
            let mark = mapping?["domains"]?.mapping?.pair(id)?.key.mark
            guard let (questionnaire, _) = domains.first(where: { $0.1.id == id }) else {
                let hint = Suggestion.hint(for: id, in: domains.map(\.1.id))
                problems.append(Problem(file: path, mark: mark, message: "domains: unknown domain '\(id)'\(hint)"))
                continue
            }
            if !(0...questionnaire.maxLevel).contains(level) {
                problems.append(Problem(file: path, mark: mark, message: "domains.\(id): expected a level 0..\(questionnaire.maxLevel), found \(level)"))
            }
        }
        for id in profile.outcomes.keys.sorted() {
            let mark = mapping?["outcomes"]?.mapping?.pair(id)?.key.mark
            guard let found = library.lookup(id) else {
                let hint = Suggestion.hint(for: id, in: library.index.keys)
                problems.append(Problem(file: path, mark: mark, message: "outcomes: unknown question '\(id)'\(hint)"))
                continue
            }
            if found.questionnaire.scoring != .outcome {
                problems.append(Problem(file: path, mark: mark, message: "outcomes.\(id): \(id) is not an outcome question; set a level for its domain under 'domains' instead"))
            }
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        return (profile, source.sha256)
    }
}
