import Assessment
/// What `score` is asked for when it is given more than one file, reviews or a plan: the
/// organisation's and systems' answers files, reviewers' files, the plan and the day to judge it on.
package struct CycleRequest: Sendable {
    /// The organisation's answers file and its critical systems' files.
    package var answersPaths: [String]
    /// Reviewers' answers files, each a review of one of `answersPaths`.
    package var reviewPaths: [String]
    /// An improvement plan to check the results against.
    package var planPath: String?
    /// The day overdue actions are judged against.
    package var today: Day
    package var options: ScoringOptions
    /// A target profile file (`--targets` / `--profile-file`).
    package var targetsPath: String?

    /// A request; `today` defaults to the current UTC date.
    package init(answersPaths: [String], reviewPaths: [String] = [], planPath: String? = nil, today: Day = .today, options: ScoringOptions = ScoringOptions(), targetsPath: String? = nil) {
        self.answersPaths = answersPaths
        self.reviewPaths = reviewPaths
        self.planPath = planPath
        self.today = today
        self.options = options
        self.targetsPath = targetsPath
    }
}

extension Scorer {
    /// Checks that the files form one assessment, scores every scope, sets each review against
    /// the file it reviews and checks the plan. Throws `ScopeError` when the files do not belong
    /// together and `AssessmentError` when a file cannot be read or scored.
    package func cycleReport(_ request: CycleRequest) throws -> CycleReport {
        var options = request.options
        if let path = request.targetsPath {
            let (profile, sha) = try TargetsFile.load(path, library: library)
            options.targets = profile
            options.targetsSHA256 = sha
        }
        let set = try ScopeSet.read(request.answersPaths)
        var cycle = try CycleReportBuilder(scorer: self, options: options).report(set)
        let members = [set.organisation] + set.systems
        for path in request.reviewPaths {
            let review = try ScopeMember.read(path)
            guard let reviewed = members.first(where: { $0.answers.system == review.answers.system }) else {
                throw ScopeError(file: path, mark: review.systemMark, "the review is of \(review.scopeName), which none of the answers files assesses")
            }
            try ReviewBuilder.check(review, of: reviewed)
            cycle.attach(try ReviewBuilder.make(review, of: reviewed, scorer: self, options: options))
        }
        if let path = request.planPath {
            cycle.plan = PlanFindings(plan: try ImprovementPlan.load(path), reports: cycle.scopedReports, today: request.today)
        }
        return cycle
    }
}
