import CyberYAML
import Dispatch
import Foundation
import Synchronization

/// One file for `LibraryReading`: a path to read from disk, or a file already in memory (the
/// bundled library), which is then parsed, told apart and decoded exactly as a file read.
package enum LibraryInput: Sendable {
    case path(String)
    case source(SourceFile)

    /// The file's bytes: read (refusing one over the size limit), or those given.
    package func source(limits: LoaderLimits) throws(AssessmentError) -> SourceFile {
        switch self {
        case .path(let path): try SourceFile.read(path, limits: limits)
        case .source(let source): source
        }
    }
}

/// The one loop that reads YAML files into a library: each file is read, parsed and told
/// apart by kind; questionnaires and catalogues are decoded and added, and every other file is
/// handed to the caller. Used by `Library.load` and by `Validation.run`.
///
/// Files are read, parsed and decoded on every core, a few at a time, and then taken in file
/// order, so the library, the problems and the calls to `other` come out the same as one by
/// one. Loading the bundled library is most of a single `score`, and most of that is decoding.
package struct LibraryReading {
    /// The questionnaires and catalogues decoded so far.
    package var library = Library()
    /// Problems reading, parsing or decoding, in file order.
    package var problems: [Problem] = []
    /// How many files were questionnaires or catalogues, whether or not they decoded.
    package var libraryFiles = 0

    package init() {}

    /// What reading one file gave, before it is taken in file order.
    package enum FileRead: Sendable {
        case questionnaire(Questionnaire, path: String, sha256: String, problems: [Problem])
        case catalogue(FrameworkCatalogue)
        /// A file of another kind (nil when unknown), for the caller; or a questionnaire or
        /// catalogue that failed to decode, with its problems.
        case other(SourceFile, Node, FileKind?)
        case failed([Problem], countsAsLibraryFile: Bool)
    }

    /// Reads the files at `paths` in order; see `read(_:limits:collecting:other:)` for inputs.
    package mutating func read(
        _ paths: [String], limits: LoaderLimits, collecting: Bool,
        other: (SourceFile, Node, FileKind?) -> Problem?
    ) {
        read(inputs: paths.map(LibraryInput.path), limits: limits, collecting: collecting, other: other)
    }

    /// Reads `inputs` in order. With `collecting`, a questionnaire's recoverable problems
    /// (unknown keys) are reported beside it and it still joins the library; without, it is
    /// refused at its first problem. `other` gets each file that is neither kind, with its
    /// kind (nil when unknown), and returns the problem to report for it, if any.
    package mutating func read(
        inputs: [LibraryInput], limits: LoaderLimits, collecting: Bool,
        other: (SourceFile, Node, FileKind?) -> Problem?
    ) {
        // A few files per core at a time: enough to share the work, without holding the nodes
        // of a long list of answers files (validate) all at once.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(1, 4 * cores)
        var start = 0
        while start < inputs.count {
            let end = min(inputs.count, start + chunk)
            for read in Self.readAll(Array(inputs[start..<end]), limits: limits, collecting: collecting, threads: cores) {
                take(read, other: other)
            }
            start = end
        }
        library.inheritSameAsOptions()
    }

    /// One file's outcome added to the library, the problems or handed to `other`.
    private mutating func take(_ read: FileRead, other: (SourceFile, Node, FileKind?) -> Problem?) {
        switch read {
        case .questionnaire(let questionnaire, let path, let sha256, let found):
            libraryFiles += 1
            problems += found
            library.add(questionnaire, path: path, sha256: sha256)
        case .catalogue(let catalogue):
            libraryFiles += 1
            library.add(catalogue)
        case .other(let source, let node, let kind):
            if let problem = other(source, node, kind) { problems.append(problem) }
        case .failed(let found, let countsAsLibraryFile):
            if countsAsLibraryFile { libraryFiles += 1 }
            problems += found
        }
    }

    /// Every file of `inputs` read on up to `threads` threads, in the order of `inputs`.
    package static func readAll(_ inputs: [LibraryInput], limits: LoaderLimits, collecting: Bool, threads: Int) -> [FileRead] {
        guard inputs.count > 1, threads > 1 else { return inputs.map { readOne($0, limits: limits, collecting: collecting) } }
        let results = Mutex([FileRead?](repeating: nil, count: inputs.count))
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let read = readOne(inputs[index], limits: limits, collecting: collecting)
            results.withLock { $0[index] = read }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Reads, parses and (for a questionnaire or catalogue) decodes one file.
    package static func readOne(_ input: LibraryInput, limits: LoaderLimits, collecting: Bool) -> FileRead {
        var isLibraryFile = false
        do {
            let source = try input.source(limits: limits)
            let path = source.path
            let node = try source.parse(limits: limits)
            switch FileKind.detect(node) {
            case .questionnaire:
                isLibraryFile = true
                if collecting {
                    let decoded = try source.decodeCollecting(Questionnaire.self, from: node)
                    return .questionnaire(decoded.value, path: path, sha256: source.sha256, problems: decoded.problems)
                }
                return .questionnaire(try source.decode(Questionnaire.self, from: node), path: path, sha256: source.sha256, problems: [])
            case .catalogue:
                isLibraryFile = true
                return .catalogue(try source.decode(FrameworkCatalogue.self, from: node))
            case let kind:
                return .other(source, node, kind)
            }
        } catch {
            return .failed(error.problems, countsAsLibraryFile: isLibraryFile)
        }
    }
}
