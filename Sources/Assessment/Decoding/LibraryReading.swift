import CyberYAML

/// The one loop that reads YAML files into a library: each file is read, parsed and told
/// apart by kind; questionnaires and catalogues are decoded and added, and every other file is
/// handed to the caller. Used by `Library.load` and by `Validation.run`.
struct LibraryReading {
    /// The questionnaires and catalogues decoded so far.
    var library = Library()
    /// Problems reading, parsing or decoding, in file order.
    var problems: [Problem] = []
    /// How many files were questionnaires or catalogues, whether or not they decoded.
    var libraryFiles = 0

    /// Reads `paths` in order. With `collecting`, a questionnaire's recoverable problems
    /// (unknown keys) are reported beside it and it still joins the library; without, it is
    /// refused at its first problem. `other` gets each file that is neither kind, with its
    /// kind (nil when unknown), and returns the problem to report for it, if any.
    mutating func read(
        _ paths: [String], limits: LoaderLimits, collecting: Bool,
        other: (SourceFile, Node, FileKind?) -> Problem?
    ) {
        for path in paths {
            do {
                let source = try SourceFile.read(path, limits: limits)
                let node = try source.parse(limits: limits)
                switch FileKind.detect(node) {
                case .questionnaire:
                    libraryFiles += 1
                    let questionnaire: Questionnaire
                    if collecting {
                        let decoded = try source.decodeCollecting(Questionnaire.self, from: node)
                        problems += decoded.problems
                        questionnaire = decoded.value
                    } else {
                        questionnaire = try source.decode(Questionnaire.self, from: node)
                    }
                    library.add(questionnaire, path: path, sha256: source.sha256)
                case .catalogue:
                    libraryFiles += 1
                    library.add(try source.decode(FrameworkCatalogue.self, from: node))
                case let kind:
                    if let problem = other(source, node, kind) { problems.append(problem) }
                }
            } catch {
                problems += error.problems
            }
        }
        library.inheritSameAsOptions()
    }
}
