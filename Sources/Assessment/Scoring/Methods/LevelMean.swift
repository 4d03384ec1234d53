/// The weight-averaged level of a domain's counted questions, their lowest level and whether
/// all of them meet their targets: what graded and outcome domains are scored from.
struct LevelMean {
    /// nil when no question counts.
    var score: Double?
    var lowest: Int?
    var allMet: Bool

    init(of domain: Domain, results: [QuestionResult], scored: [Int]) {
        var total = 0.0, weights = 0.0
        var lowest: Int?
        var allMet = true
        for i in scored {
            let level = results[i].level ?? 0
            let weight = domain.questions[i].weight
            total += Double(level) * weight
            weights += weight
            lowest = min(lowest ?? level, level)
            if results[i].met != true { allMet = false }
        }
        self.score = weights > 0 ? total / weights : nil
        self.lowest = lowest
        self.allMet = allMet
    }

    /// How far below its target a question's level is; nil when it reaches it.
    static func shortfall(of result: QuestionResult) -> Int? {
        let level = result.level ?? 0
        return level < result.target ? result.target - level : nil
    }
}
