import CyberYAML

extension LibraryValidator {
    /// Two questions whose texts share at least this share of their words (Jaccard over the
    /// sets of lower-cased words of three letters or more) and cite the same references are
    /// taken to ask one fact twice.
    package static let nearDuplicateThreshold = 0.5

    /// Warnings, which do not make a library invalid: references to a superseded framework
    /// version, and questions that look like one fact asked twice.
    package func warnings() -> [Problem] {
        (supersessionWarnings() + nearDuplicateWarnings()).sorted()
    }

    /// Pairs of questions, anywhere in the library, with identical sets of framework
    /// references and similar text (`nearDuplicateThreshold`), unless one reuses the other's
    /// answer with `same_as`. Each pair is reported once, at the later question, naming both.
    package func nearDuplicateWarnings() -> [Problem] {
        var groups: [Set<FrameworkReference>: [(question: Question, file: String, words: Set<String>)]] = [:]
        var order: [Set<FrameworkReference>] = []
        for questionnaire in library.questionnaires {
            let file = library.sources[questionnaire.id]?.path ?? questionnaire.id
            for question in questionnaire.questions {
                let key = Set(question.references.map { FrameworkReference(framework: $0.framework, id: $0.id) })
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((question, file, Self.words(question.text)))
            }
        }
        var warnings: [Problem] = []
        for key in order {
            let group = groups[key] ?? []
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    if a.question.sameAs?.question == b.question.id || b.question.sameAs?.question == a.question.id { continue }
                    let similarity = Self.similarity(a.words, b.words)
                    guard similarity >= Self.nearDuplicateThreshold else { continue }
                    let where_ = "\(a.file):\(a.question.mark?.description ?? "?")"
                    warnings.append(Problem(file: b.file, mark: b.question.mark, message:
                        "question \(b.question.id) looks like \(a.question.id) at \(where_): the same references and \(Int((similarity * 100).rounded(.down)))% of their words in common; if they ask one fact, ask it once and reference it with same_as: \(a.question.id), else reword one to ask a different fact"))
                }
            }
        }
        return warnings
    }

    /// The lower-cased words of three letters or more in `text`.
    package static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 3 })
    }

    /// Shared words over all words (1 when both are empty).
    package static func similarity(_ x: Set<String>, _ y: Set<String>) -> Double {
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }
}
