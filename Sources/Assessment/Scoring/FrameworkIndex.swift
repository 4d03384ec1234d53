/// The library's framework catalogues laid out once for building every report's framework
/// views (one assessment, several framework views): items in catalogue order with their
/// top-level group resolved, and each item found by id without a search. Built with the
/// `Scorer`; finding an item's group had cost a search of the catalogue for every item of
/// every report.
struct FrameworkIndex: Sendable {
    struct Item: Sendable {
        var id: String
        var title: String
        /// Its top-level group's place in `Framework.groups`.
        var group: Int
        /// The first item of the catalogue with this id (a catalogue listing one twice shows
        /// its results twice, as it lists it).
        var first: Int
    }

    struct Group: Sendable {
        var id: String
        var title: String
    }

    struct Framework: Sendable {
        var key: String
        var title: String
        var version: String?
        var items: [Item]
        var groups: [Group]
        /// Item ids to their first place in `items`.
        var positions: [String: Int]
    }

    /// Catalogued frameworks in order of their keys.
    let frameworks: [Framework]
    let byKey: [String: Int]

    init(library: Library) {
        var frameworks: [Framework] = []
        for key in library.catalogues.keys.sorted() {
            guard let catalogue = library.catalogues[key] else { continue }
            var groups: [Group] = [], groupPlace: [String: Int] = [:], positions: [String: Int] = [:]
            var items: [Item] = []
            for item in catalogue.items {
                let groupID = catalogue.topGroup(of: item.id)?.id ?? key
                if groupPlace[groupID] == nil {
                    groupPlace[groupID] = groups.count
                    groups.append(Group(id: groupID, title: catalogue.group(groupID)?.title ?? catalogue.title))
                }
                if positions[item.id] == nil { positions[item.id] = items.count }
                items.append(Item(id: item.id, title: item.title, group: groupPlace[groupID]!, first: positions[item.id]!))
            }
            frameworks.append(Framework(key: key, title: catalogue.title, version: catalogue.version, items: items, groups: groups, positions: positions))
        }
        self.frameworks = frameworks
        byKey = Dictionary(uniqueKeysWithValues: frameworks.enumerated().map { ($1.key, $0) })
    }

    /// A question counted under a framework item: its id, level and whether it meets its target.
    private struct Counted {
        let id: String
        let level: Int
        let met: Bool
    }

    /// The views of `topics`' answered questions, one per catalogued framework they refer to.
    func views(for topics: [TopicResult]) -> [FrameworkView] {
        // Per framework, per item (its first place), the questions referring to it in report order.
        var counted: [[[Counted]]?] = Array(repeating: nil, count: frameworks.count)
        for topic in topics {
            for domain in topic.domains {
                for question in domain.questions {
                    guard let level = question.level else { continue }
                    for reference in question.references {
                        guard let f = byKey[reference.framework] else { continue }
                        // A framework referred to gets a view even when no item of its catalogue is.
                        if counted[f] == nil { counted[f] = Array(repeating: [], count: frameworks[f].items.count) }
                        guard let item = frameworks[f].positions[reference.id] else { continue }
                        counted[f]![item].append(Counted(id: question.id, level: level, met: question.met == true))
                    }
                }
            }
        }
        return frameworks.indices.compactMap { f in
            guard let items = counted[f] else { return nil }
            return view(frameworks[f], items)
        }
    }

    private func view(_ framework: Framework, _ counted: [[Counted]]) -> FrameworkView {
        var order: [Int] = []
        var members: [[FrameworkItemResult]] = Array(repeating: [], count: framework.groups.count)
        var questions: [[String: Counted]] = Array(repeating: [:], count: framework.groups.count)
        for item in framework.items {
            let results = counted[item.first]
            guard !results.isEmpty else { continue }
            if members[item.group].isEmpty { order.append(item.group) }
            members[item.group].append(FrameworkItemResult(
                id: item.id, title: item.title, questions: results.map(\.id),
                meeting: results.count { $0.met }, meanLevel: Self.mean(results.lazy.map(\.level), count: results.count)))
            for result in results { questions[item.group][result.id] = result }
        }
        let groups = order.map { g in
            let answered = questions[g].values.sorted { $0.id < $1.id }
            return FrameworkGroupResult(
                id: framework.groups[g].id, title: framework.groups[g].title, questions: answered.count,
                meeting: answered.count { $0.met }, meanLevel: Self.mean(answered.lazy.map(\.level), count: answered.count),
                items: members[g])
        }
        return FrameworkView(framework: framework.key, title: framework.title, version: framework.version, groups: groups)
    }

    /// The mean level to two decimals, rounded exactly; nil for none.
    private static func mean(_ levels: some Sequence<Int>, count: Int) -> Double? {
        Ratio(Int128(levels.reduce(0, +)), Int128(count))?.roundedToHundredths
    }
}
