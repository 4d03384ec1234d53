import ArgumentParser
import Assessment

/// Where to find the questionnaire library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("questionnaires"), help: ArgumentHelp(
        "Folder of questionnaires and framework catalogues.",
        discussion: "Default: $CYBERASSESS_QUESTIONNAIRES, else a questionnaires/ folder beside the executable or above it, else above the working directory.",
        valueName: "dir"))
    var directory: String?

    /// The library folder on the search path.
    func locate() throws -> String {
        do {
            return try Library.locate(explicit: directory)
        } catch {
            throw Failure.error(error)
        }
    }

    /// Loads the library, failing with every problem when any file of it is invalid.
    func load() throws -> Library {
        do {
            return try Library.loadStrict(directory: locate())
        } catch let error as AssessmentError {
            throw Failure.error(error)
        }
    }
}
