import ArgumentParser
import Assessment
import Foundation

/// How a command ends unsuccessfully: the message goes to stderr, the code is the exit status.
enum Failure: Error, CustomStringConvertible {
    /// Problems in the user's files (exit 1).
    case error(AssessmentError)
    /// Something else went wrong that is not a usage error (exit 1).
    case message(String)

    var description: String {
        switch self {
        case .error(let e): e.description
        case .message(let m): m
        }
    }
}

/// Prints a failure the way every command does and returns the exit code for it.
func failureExit(_ failure: Failure) -> ExitCode {
    Terminal.error(failure.description)
    return ExitCode(1)
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into a message on stderr and exit code 1.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            throw failureExit(failure)
        } catch let error as AssessmentError {
            throw failureExit(.error(error))
        }
    }
}
