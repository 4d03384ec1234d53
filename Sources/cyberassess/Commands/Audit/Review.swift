import ArgumentParser
import Assessment
import Audit
import Reports

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Set an independent assurance review against the self-assessment it reviews.",
        discussion: "REVIEW is a reviewer's answers file with 'review: {of, sha256, reviewer, organisation}' naming SELF. Shows per outcome the self-assessed and reviewed status, agreement and the reviewer's comment. Exit 0 when compared; 1 when the files do not match (another body, period, version or SHA-256); 2 on usage errors.")

    @Argument(help: "The self-assessment (answers file).")
    var selfAssessment: String

    @Argument(help: "The reviewer's answers file.")
    var review: String

    @OptionGroup var library: LibraryOptions

    @Option(help: "Output format: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ComparisonFormat = .text

    @Option(name: .shortAndLong, help: "Write the review to this file (atomically) instead of stdout; never over SELF or REVIEW.")
    var output: String?

    @Flag(help: "Replace the output file if it exists and is not one of the inputs.")
    var force = false

    @Option(help: "A target profile defined by the questionnaires, e.g. baseline.")
    var profile: String?

    func run() throws {
        let outputFile = output.map { OutputFile($0, inputs: [OutputFile.Input(path: selfAssessment, role: "the self-assessment"), OutputFile.Input(path: review, role: "the review")], force: force) }
        try outputFile?.check()
        let mine = try ScopeMember.read(selfAssessment), theirs = try ScopeMember.read(review)
        try ReviewBuilder.check(theirs, of: mine)
        let result = try ReviewBuilder.make(theirs, of: mine, scorer: Scorer(library: library.load()), options: ScoringOptions(profileName: profile))
        let bytes = try ReviewRenderer.render(result, as: format, colour: output == nil && format == .text && Terminal.stdoutWantsColour)
        try OutputFile.emit(bytes, to: outputFile)
    }
}
