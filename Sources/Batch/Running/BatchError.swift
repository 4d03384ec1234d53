import Assessment
import Platform

/// Why a batch could not run or finish. A file that fails to score is not a `BatchError`: it
/// is listed in `errors.csv` and the batch goes on.
package enum BatchError: DiagnosticError, Sendable, Equatable {
    /// An input named on the command line does not exist.
    case missingInput(String)
    /// A manifest could not be read.
    case unreadableManifest(path: String, reason: String)
    /// The inputs name no answers file at all.
    case noInputFiles([String])
    /// The output folder is unusable (e.g. it is a file).
    case badOutputFolder(path: String, reason: String)
    /// An output file could not be written.
    case output(path: String, reason: String)
    /// An option does not fit the library (e.g. an unknown target profile).
    case invalidOption(String)

    /// Whether the error is in how the command was called (exit 2) rather than in running it.
    package var isUsage: Bool {
        switch self {
        case .missingInput, .noInputFiles, .badOutputFolder, .invalidOption: true
        case .unreadableManifest, .output: false
        }
    }

    package var description: String {
        switch self {
        case .missingInput(let path):
            "\(path): no such file or folder; give folders of answers files, answers files or manifest files"
        case .unreadableManifest(let path, let reason):
            "\(path): cannot read the manifest: \(reason)"
        case .noInputFiles(let inputs):
            "no .yaml or .yml files found in \(inputs.joined(separator: ", "))"
        case .badOutputFolder(let path, let reason):
            "\(path): cannot use as the output folder: \(reason)"
        case .output(let path, let reason):
            "\(path): cannot write: \(reason); the batch stopped"
        case .invalidOption(let message):
            message
        }
    }
}

extension BatchError {
    /// The message as one problem; its text already names the file.
    package var problems: [Problem] { [Problem(file: "", mark: nil, message: description)] }
}

extension BatchError {
    /// An output file or folder the platform layer could not write, keeping the path and reason.
    init(_ error: FileWriteError) {
        self = .output(path: error.path, reason: error.reason)
    }

    /// An output write failure, keeping the path and reason.
    init(_ error: AssessmentError) {
        switch error {
        case .unwritable(let path, let reason), .unreadable(let path, let reason), .encoding(let path, let reason):
            self = .output(path: path, reason: reason)
        default:
            self = .output(path: "", reason: error.description)
        }
    }
}

/// Runs a call on an output file, giving its failure as the batch's `output` error.
func writingOutput<T>(_ call: () throws(FileWriteError) -> T) throws(BatchError) -> T {
    do {
        return try call()
    } catch {
        throw BatchError(error)
    }
}
