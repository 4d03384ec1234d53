import CyberYAML

extension LibraryValidator {
    /// References to a framework version that
    /// another catalogue in the library supersedes. Each questionnaire gets one warning per
    /// superseded framework it cites, and one more for every reference whose identifier moved
    /// or changed meaning according to the newer catalogue's crosswalk.
    package func supersessionWarnings() -> [Problem] {
        var successors: [String: FrameworkCatalogue] = [:]
        for catalogue in library.catalogues.values.sorted(by: { $0.framework < $1.framework }) {
            if let old = catalogue.supersedes, successors[old] == nil { successors[old] = catalogue }
        }
        guard !successors.isEmpty else { return [] }
        var warnings: [Problem] = []
        for questionnaire in library.questionnaires {
            let file = library.sources[questionnaire.id]?.path ?? questionnaire.id
            var cited: [String: (count: Int, mark: Mark?)] = [:]
            for question in questionnaire.questions {
                for reference in question.references {
                    guard let successor = successors[reference.framework] else { continue }
                    let seen = cited[reference.framework]
                    cited[reference.framework] = ((seen?.count ?? 0) + 1, seen?.mark ?? reference.mark ?? question.mark)
                    if let entry = successor.crosswalk.first(where: { $0.from == reference.id }) {
                        warnings.append(Problem(file: file, mark: reference.mark ?? question.mark, message: moved(reference, entry, successor)))
                    }
                }
            }
            for (framework, use) in cited.sorted(by: { $0.key < $1.key }) {
                let successor = successors[framework]!
                let old = library.catalogues[framework]
                warnings.append(Problem(file: file, mark: use.mark, message: "\(use.count) reference\(use.count == 1 ? "" : "s") cite \(framework)\(old?.version.map { " \($0)" } ?? ""), which \(successor.framework)\(successor.version.map { " \($0)" } ?? "") supersedes; identifiers not in its crosswalk keep their meaning"))
            }
        }
        return warnings.sorted()
    }

    private func moved(_ reference: FrameworkReference, _ entry: CrosswalkEntry, _ successor: FrameworkCatalogue) -> String {
        let oldTitle = library.catalogues[reference.framework]?.item(reference.id)?.title
        let targets = entry.to.map { id in successor.item(id).map { "\(id) \($0.title)" } ?? id }
        let now = targets.isEmpty ? "has no successor" : "is \(targets.joined(separator: " or ")) in \(successor.framework)"
        // The note adds to the titles only where the identifier itself moved or was replaced.
        let note = ["renamed", "reshaped"].contains(entry.change) ? nil : entry.note
        return "\(reference.framework):\(reference.id)\(oldTitle.map { " (\($0))" } ?? "") \(now) (\(entry.change))\(note.map { ": \($0)" } ?? "")"
    }
}
