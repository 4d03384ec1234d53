/// Groups question results by framework: one assessment, several framework views.
struct FrameworkViewBuilder {
    let library: Library

    func views(for topics: [TopicResult]) -> [FrameworkView] {
        // framework -> item id -> results referencing it
        var byItem: [String: [String: [QuestionResult]]] = [:]
        for question in topics.flatMap({ $0.domains.flatMap(\.questions) }) where question.level != nil {
            for reference in question.references {
                byItem[reference.framework, default: [:]][reference.id, default: []].append(question)
            }
        }
        return byItem.keys.sorted().compactMap { framework in
            guard let catalogue = library.catalogues[framework], let items = byItem[framework] else { return nil }
            var groups: [FrameworkGroupResult] = []
            var groupOrder: [String] = []
            var members: [String: [FrameworkItemResult]] = [:]
            var questionsByGroup: [String: [String: QuestionResult]] = [:]
            for item in catalogue.items {
                guard let results = items[item.id] else { continue }
                let group = catalogue.topGroup(of: item.id)?.id ?? framework
                if members[group] == nil { groupOrder.append(group) }
                members[group, default: []].append(FrameworkItemResult(
                    id: item.id, title: item.title, questions: results.map(\.id),
                    meeting: results.filter { $0.met == true }.count,
                    meanLevel: mean(results.compactMap(\.level))))
                for r in results { questionsByGroup[group, default: [:]][r.id] = r }
            }
            for group in groupOrder {
                let questions = questionsByGroup[group, default: [:]].values.sorted { $0.id < $1.id }
                groups.append(FrameworkGroupResult(
                    id: group, title: catalogue.group(group)?.title ?? catalogue.title,
                    questions: questions.count, meeting: questions.filter { $0.met == true }.count,
                    meanLevel: mean(questions.compactMap(\.level)), items: members[group] ?? []))
            }
            return FrameworkView(framework: framework, title: catalogue.title, version: catalogue.version, groups: groups)
        }
    }

    private func mean(_ levels: [Int]) -> Double? {
        (Fraction(levels.reduce(0, +)) / Fraction(levels.count))?.roundedToHundredths
    }
}
