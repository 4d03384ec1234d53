@testable import Assessment

/// The first way framework views were built, straight from the catalogues' lookups: the oracle
/// `FrameworkIndex` is held to (`FrameworkIndexTests`).
struct FrameworkViewOracle {
    let library: Library

    func views(for topics: [TopicResult]) -> [FrameworkView] {
        // framework -> item id -> results referencing it
        // Only what a view needs of each question is kept, not copies of whole results.
        var byItem: [String: [String: [Counted]]] = [:]
        for topic in topics {
            for domain in topic.domains {
                for question in domain.questions {
                    guard let level = question.level else { continue }
                    let counted = Counted(id: question.id, level: level, met: question.met == true)
                    for reference in question.references {
                        byItem[reference.framework, default: [:]][reference.id, default: []].append(counted)
                    }
                }
            }
        }
        return byItem.keys.sorted().compactMap { framework in
            guard let catalogue = library.catalogues[framework], let items = byItem[framework] else { return nil }
            var groups: [FrameworkGroupResult] = []
            var groupOrder: [String] = []
            var members: [String: [FrameworkItemResult]] = [:]
            var questionsByGroup: [String: [String: Counted]] = [:]
            for item in catalogue.items {
                guard let results = items[item.id] else { continue }
                let group = catalogue.topGroup(of: item.id)?.id ?? framework
                if members[group] == nil { groupOrder.append(group) }
                members[group, default: []].append(FrameworkItemResult(
                    id: item.id, title: item.title, questions: results.map(\.id),
                    meeting: results.filter(\.met).count,
                    meanLevel: mean(results.map(\.level))))
                for r in results { questionsByGroup[group, default: [:]][r.id] = r }
            }
            for group in groupOrder {
                let questions = questionsByGroup[group, default: [:]].values.sorted { $0.id < $1.id }
                groups.append(FrameworkGroupResult(
                    id: group, title: catalogue.group(group)?.title ?? catalogue.title,
                    questions: questions.count, meeting: questions.filter(\.met).count,
                    meanLevel: mean(questions.map(\.level)), items: members[group] ?? []))
            }
            return FrameworkView(framework: framework, title: catalogue.title, version: catalogue.version, groups: groups)
        }
    }

    /// An answered question referring to a framework item: its id, level and whether it meets its target.
    private struct Counted {
        let id: String
        let level: Int
        let met: Bool
    }

    private func mean(_ levels: [Int]) -> Double? {
        let quotient: Fraction? = Fraction(levels.reduce(0, +)) / Fraction(levels.count)
        return quotient?.roundedToHundredths
    }
}
