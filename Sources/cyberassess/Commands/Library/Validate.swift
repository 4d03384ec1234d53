import ArgumentParser
import Assessment
import Audit
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaires, framework catalogues and answers files.",
        discussion: "Prints every problem as file:line:column: message. Exit 0 when clean, 1 on problems, 2 on usage errors.")

    @Argument(help: "Files or folders to check (folders are searched recursively).")
    var paths: [String]

    @OptionGroup var library: LibraryOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        // The library is loaded only for answers files whose questionnaires are not among the
        // files checked; when it is, the summary names it.
        var used: LibraryLocation?
        let outcome = Validation.check(paths: paths) { () throws(AssessmentError) -> Library in
            let (loaded, location) = try library.loadLocated()
            used = location
            return loaded
        }
        let (problems, warnings, count) = (outcome.problems, outcome.warnings, outcome.filesChecked)
        if count == 0, outcome.problems.isEmpty {
            throw CommandFailure("no .yaml or .yml files found in \(paths.joined(separator: ", ")); give questionnaires, catalogues or answers files, or folders holding them")
        }
        let listed = Problem.capped(problems)
        switch format {
        case .json:
            struct Output: Encodable { var files: Int; var problems: [Problem]; var warnings: [Problem] }
            Terminal.write(try CanonicalJSON.encode(Output(files: count, problems: listed, warnings: warnings)))
        case .text:
            for problem in listed { Terminal.print(problem.description) }
            for var warning in warnings {
                warning.message = "warning: " + warning.message
                Terminal.error(warning.description)
            }
            if let used { Terminal.error("answers checked against \(used.name)") }
            Terminal.error(problems.isEmpty
                ? "\(count) file\(count == 1 ? "" : "s") checked, no problems"
                : "\(count) file\(count == 1 ? "" : "s") checked, \(problems.count) problem\(problems.count == 1 ? "" : "s")")
            if !warnings.isEmpty { Terminal.error("\(warnings.count) warning\(warnings.count == 1 ? "" : "s")") }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
