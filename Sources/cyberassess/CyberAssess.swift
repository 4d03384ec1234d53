import ArgumentParser
import Assessment
import CyberYAML
import Foundation

@main
struct CyberAssess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyberassess",
        abstract: "Cyber-resilience self-assessment for councils and other public bodies.",
        discussion: """
            Exit codes: 0 success; 1 problems found (invalid files, failed checks, regressions, \
            failed batch items); 2 usage errors (bad options or arguments).
            """,
        version: Assessment.toolVersion,
        subcommands: [
            Demo.self,
            Validate.self,
            LibraryCommand.self,
            Init.self,
            Score.self,
            Assess.self,
            Merge.self,
            Compare.self,
            Review.self,
            Plan.self,
            Verify.self,
            Sign.self,
            Keygen.self,
            BatchCommand.self,
            Generate.self,
            Import.self,
            Schema.self,
            TrendCommand.self,
            DashboardCommand.self,
        ]
    )

    /// Runs the command line. Every failure a command throws is a `DiagnosticError`, printed
    /// here once in the project's `file:line:column: message` style with its documented exit
    /// code; usage errors exit with 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as any DiagnosticError {
            Terminal.report(failure)
            Foundation.exit(failure.exitStatus.rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.usage(fullMessage(for: error) + subcommandHint())
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// "Did you mean" for a first argument that is no subcommand (`scroe` → `score`).
    static func subcommandHint() -> String {
        let arguments = CommandLine.arguments.dropFirst()
        guard let first = arguments.first, !first.hasPrefix("-") else { return "" }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName ?? String(describing: $0).lowercased() }
        guard !names.contains(first), let closest = Suggestion.closest(to: first, in: names) else { return "" }
        return "\nDid you mean 'cyberassess \(closest)'?"
    }
}
