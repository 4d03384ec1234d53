import Assessment
import CyberYAML
import Foundation

/// What `cyberassess validate` does: checks questionnaires, catalogues and answers files and
/// collects every problem, with its file, line and column.
package enum Validation {
    /// Validates the given files and folders (folders are searched recursively for `.yaml`
    /// and `.yml`). Questionnaires and catalogues among them form the library that answers
    /// are checked against; when there are none, `fallbackLibrary` is used.
    package static func run(paths: [String], fallbackLibrary: () throws(AssessmentError) -> Library, limits: LoaderLimits = .default) -> (problems: [Problem], filesChecked: Int) {
        let outcome = check(paths: paths, fallbackLibrary: fallbackLibrary, limits: limits)
        return (outcome.problems, outcome.filesChecked)
    }

    /// What `check` found: problems (the files are invalid) and warnings (they are not).
    package struct Outcome: Sendable {
        package var problems: [Problem]
        package var warnings: [Problem]
        package var filesChecked: Int
    }

    /// Like `run`, and also gathers warnings, such as references to a superseded framework version.
    package static func check(paths: [String], fallbackLibrary: () throws(AssessmentError) -> Library, limits: LoaderLimits = .default) -> Outcome {
        var problems: [Problem] = []
        var warnings: [Problem] = []
        var answerFiles: [(SourceFile, Node)] = []
        let files = expand(paths, problems: &problems)

        var reading = LibraryReading()
        reading.read(files, limits: limits, collecting: true) { source, node, kind in
            if ImprovementPlan.isPlan(node) {
                problems += ImprovementPlan.check(source, node: node)
                return nil
            }
            guard kind == .answers else {
                return Problem(file: source.path, mark: node.mark, message: "expected a questionnaire ('domains'), a framework catalogue ('framework' and 'items') or an answers file ('body' and 'answers'), found none of their keys")
            }
            answerFiles.append((source, node))
            return nil
        }
        problems += reading.problems
        var library = reading.library

        if reading.libraryFiles > 0 {
            problems += LibraryValidator(library: library).validate()
            warnings = LibraryValidator(library: library).warnings()
        } else if !answerFiles.isEmpty {
            do {
                library = try fallbackLibrary()
            } catch {
                problems += error.problems
                return Outcome(problems: problems.sorted(), warnings: warnings, filesChecked: files.count)
            }
        }
        let validator = AnswersValidator(library: library)
        var members: [ScopeMember] = []
        for (source, node) in answerFiles {
            do {
                let (answers, decodingProblems) = try source.decodeCollecting(AnswersFile.self, from: node)
                problems += decodingProblems
                problems += validator.validate(answers, file: source.path)
                members.append(ScopeMember(file: source.path, sha256: "", answers: answers, node: node))
            } catch {
                problems += error.problems
            }
        }
        let scope = ScopeRules.check(members)
        problems += scope.problems
        warnings += scope.warnings
        return Outcome(problems: problems.sorted(), warnings: warnings, filesChecked: files.count)
    }

    /// Files as given, and `.yaml`/`.yml` files found recursively in folders, sorted.
    package static func expand(_ paths: [String], problems: inout [Problem]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(file: path, mark: nil, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                files += YAMLFiles.listRecursively(in: path)
            } else {
                files.append(path)
            }
        }
        return files
    }
}
