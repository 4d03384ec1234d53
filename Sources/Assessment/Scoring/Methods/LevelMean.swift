/// The weight-averaged level of a domain's counted questions, their lowest level and whether
/// all of them meet their targets: what graded and outcome domains are scored from.
package struct LevelMean {
    /// Exact; nil when no question counts.
    package var score: Fraction?
    package var lowest: Int?
    package var allMet: Bool

    package init(of domain: Domain, results: [QuestionResult], scored: [Int]) {
        var mean = ExactWeightedMean()
        var lowest: Int?
        var allMet = true
        for i in scored {
            let level = results[i].level ?? 0
            mean.add(level, weight: domain.questions[i].weight)
            lowest = min(lowest ?? level, level)
            if results[i].met != true { allMet = false }
        }
        self.score = mean.mean
        self.lowest = lowest
        self.allMet = allMet
    }

    /// How far below its target a question's level is; nil when it reaches it.
    package static func shortfall(of result: QuestionResult) -> Int? {
        let level = result.level ?? 0
        return level < result.target ? result.target - level : nil
    }
}
