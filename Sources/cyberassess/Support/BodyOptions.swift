import ArgumentParser
import Assessment

/// Who is assessed, when and by whom: the options that start a new answers file.
struct BodyOptions: ParsableArguments {
    @Option(name: .customLong("body-id"), help: "The body's id, e.g. its ONS/GSS code.")
    var bodyID: String?

    @Option(name: .customLong("body-name"), help: "The body's name.")
    var bodyName: String?

    @Option(name: .customLong("body-type"), help: "district, county, unitary, metropolitan, london-borough or other.")
    var bodyType: String?

    @Option(help: "The body's region.")
    var region: String?

    @Option(help: "Assessment period, e.g. 2026-27.")
    var period: String?

    @Option(help: "Who leads the assessment.")
    var assessor: String?

    @Option(help: "Assessment date, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws {
        if let date, Day(date) == nil { throw ValidationError("--date: expected YYYY-MM-DD, found \"\(date)\"") }
        for (option, value, problem) in [
            ("--body-id", bodyID, AnswersRules.idProblem), ("--body-name", bodyName, AnswersRules.nameProblem),
            ("--body-type", bodyType, AnswersRules.typeProblem), ("--period", period, AnswersRules.periodProblem),
        ] {
            if let value, let message = problem(value) { throw ValidationError("\(option): \(message)") }
        }
    }

    /// The options that a new answers file needs but were not given.
    var missingForNewFile: [String] {
        [("--body-id", bodyID), ("--body-name", bodyName), ("--period", period)].filter { $0.1 == nil }.map(\.0)
    }

    var body: Body { Body(id: bodyID ?? "", name: bodyName ?? "", type: bodyType, region: region) }
    var day: Day { date.flatMap(Day.init) ?? Day.today }
}
