import Assessment
import CyberYAML

/// Reads an import's documents back as cyberassess reads any library file, and validates them
/// together, so an importer never hands over a file that `validate` would refuse.
package enum ImportCheck {
    /// The problems `validate` would report for the documents, by their relative paths.
    package static func problems(in result: ImportResult) -> [Problem] {
        var library = Library()
        var problems: [Problem] = []
        for document in result.documents {
            let source: SourceFile
            do {
                let text = try Emitter.emit(document.node, header: document.header)
                source = SourceFile(path: document.path, bytes: Array(text.utf8))
            } catch {
                problems.append(Problem(file: document.path, mark: nil, message: "could not write YAML: \(error)"))
                continue
            }
            do {
                let node = try source.parse()
                switch FileKind.detect(node) {
                case .questionnaire:
                    let (questionnaire, decoding) = try source.decodeCollecting(Questionnaire.self, from: node)
                    problems += decoding
                    library.add(questionnaire, path: document.path, sha256: source.sha256)
                case .catalogue:
                    library.add(try source.decode(FrameworkCatalogue.self, from: node))
                case .answers, nil:
                    break
                }
            } catch {
                problems += error.problems
            }
        }
        return (problems + LibraryValidator(library: library).validate()).sorted()
    }
}
