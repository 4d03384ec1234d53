import ArgumentParser
import Assessment

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
            Validate.self,
            Init.self,
        ]
    )
}
