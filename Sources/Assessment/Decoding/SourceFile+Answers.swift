import CyberYAML

extension SourceFile {
    /// Parses the file as an answers file: refuses other kinds of YAML file with a message
    /// naming what was found, then decodes it. The node tree is returned for callers that
    /// read more from it (notes, marks).
    package func decodeAnswers(limits: LoaderLimits = .default) throws(AssessmentError) -> (answers: AnswersFile, node: Node) {
        let node = try parse(limits: limits)
        return (try decodeAnswers(from: node), node)
    }

    /// Decodes an already parsed node of this file as an answers file, refusing other kinds
    /// of YAML file with a message naming what was found.
    package func decodeAnswers(from node: Node) throws(AssessmentError) -> AnswersFile {
        let kind = FileKind.detect(node)
        guard kind == .answers else {
            throw .wrongKind(path: path, expected: FileKind.answers.noun, found: kind?.noun ?? "a document with none of the expected keys")
        }
        return try decode(AnswersFile.self, from: node)
    }
}
