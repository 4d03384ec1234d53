/// Decides an outcome's status from the indicator statements a body agrees with.
///
/// In this order: any agreed Not-achieved indicator gives Not achieved; else all Achieved
/// indicators agreed gives Achieved; else a non-empty Partially-achieved column with all its
/// indicators agreed gives Partially achieved; else Not achieved.
package enum OutcomeRule {
    package static func decide(_ indicators: Indicators, agreed: [String]) -> (status: OutcomeStatus, decidedBy: String) {
        let agreed = Set(agreed)
        let notAchieved = indicators.notAchieved.filter { agreed.contains($0.id) }.map(\.id)
        if !notAchieved.isEmpty {
            return (.notAchieved, "Not-achieved indicator agreed: \(notAchieved.joined(separator: ", "))")
        }
        if !indicators.achieved.isEmpty, indicators.achieved.allSatisfy({ agreed.contains($0.id) }) {
            return (.achieved, "all Achieved indicators agreed")
        }
        if !indicators.partiallyAchieved.isEmpty, indicators.partiallyAchieved.allSatisfy({ agreed.contains($0.id) }) {
            return (.partiallyAchieved, "all Partially-achieved indicators agreed")
        }
        let partly = indicators.partiallyAchieved.isEmpty ? "no Partially-achieved column" : "not all Partially-achieved indicators agreed"
        return (.notAchieved, "not all Achieved indicators agreed and \(partly)")
    }
}
