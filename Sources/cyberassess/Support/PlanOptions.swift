import ArgumentParser
import Assessment

/// The improvement plan a report or comparison is checked against, and the day to judge it on.
struct PlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An improvement plan (from 'cyberassess plan'): lists overdue actions, actions done without improvement, and outcomes below target with no action.", valueName: "file"))
    var plan: String?

    @Option(help: ArgumentHelp("The day overdue actions are judged against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, Day(today) == nil { throw ValidationError("--today: expected YYYY-MM-DD, found \"\(today)\"") }
    }

    var day: Day { today.flatMap(Day.init) ?? Day.today }
}

/// What turns `score` into a report of the whole assessment: reviews and a plan.
struct CycleOptions: ParsableArguments {
    @Option(name: .customLong("review"), help: ArgumentHelp("An independent reviewer's answers file, marked as a review of one of the answers files (repeatable).", valueName: "file"))
    var reviews: [String] = []

    @OptionGroup var plan: PlanOptions

    /// Whether none of these options was given.
    var isEmpty: Bool { reviews.isEmpty && plan.plan == nil }
}
