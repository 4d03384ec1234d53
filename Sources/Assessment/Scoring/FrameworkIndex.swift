/// The library's framework catalogues laid out once for building every report's framework
/// views (one assessment, several framework views): items in catalogue order with their
/// top-level group resolved, and each item found by id without a search. Built with the
/// `Scorer`; finding an item's group had cost a search of the catalogue for every item of
/// every report.
package struct FrameworkIndex: Sendable {
    package struct Item: Sendable {
        package var id: String
        package var title: String
        /// Its top-level group's place in `Framework.groups`.
        package var group: Int
        /// The first item of the catalogue with this id (a catalogue listing one twice shows
        /// its results twice, as it lists it).
        package var first: Int
    }

    package struct Group: Sendable {
        package var id: String
        package var title: String
    }

    package struct Framework: Sendable {
        package var key: String
        package var title: String
        package var version: String?
        package var items: [Item]
        package var groups: [Group]
        /// Item ids to their first place in `items`.
        package var positions: [String: Int]
    }

    /// Catalogued frameworks in order of their keys.
    package let frameworks: [Framework]
    package let byKey: [String: Int]
    /// Each library question's references and where they point.
    private let byQuestion: [String: (references: [FrameworkReference], places: [(framework: Int, item: Int)])]

    package init(library: Library) {
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
        let byKey = Dictionary(uniqueKeysWithValues: frameworks.enumerated().map { ($1.key, $0) })
        self.byKey = byKey
        var byQuestion: [String: (references: [FrameworkReference], places: [(framework: Int, item: Int)])] = [:]
        for questionnaire in library.questionnaires {
            for question in questionnaire.questions where byQuestion[question.id] == nil {
                byQuestion[question.id] = (question.references, Self.places(of: question.references, frameworks, byKey))
            }
        }
        self.byQuestion = byQuestion
    }

    /// A question counted under a framework item: its number in the report (for counting it
    /// once per group), id, level and whether it meets its target.
    private struct Counted {
        let number: Int
        let id: String
        let level: Int
        let met: Bool
    }

    /// The views of `topics`' answered questions, one per catalogued framework they refer to.
    package func views(for topics: [TopicResult]) -> [FrameworkView] {
        // Per framework, per item (its first place), the questions referring to it in report order.
        var counted: [[[Counted]]?] = Array(repeating: nil, count: frameworks.count)
        var number = 0
        for topic in topics {
            for domain in topic.domains {
                for question in domain.questions {
                    guard let level = question.level else { continue }
                    let places = cachedPlaces(question.id, question.references) ?? Self.places(of: question.references, frameworks, byKey)
                    for (f, item) in places {
                        // A framework referred to gets a view even when no item of its catalogue is.
                        if counted[f] == nil { counted[f] = Array(repeating: [], count: frameworks[f].items.count) }
                        guard item >= 0 else { continue }
                        counted[f]![item].append(Counted(number: number, id: question.id, level: level, met: question.met == true))
                    }
                    number += 1
                }
            }
        }
        var seen = [Int](repeating: -1, count: number)
        var stamp = 0
        return frameworks.indices.compactMap { f in
            guard let items = counted[f] else { return nil }
            return view(frameworks[f], items, seen: &seen, stamp: &stamp)
        }
    }

    /// Where each reference points: its framework's place and its item's first place (−1 for an
    /// item the catalogue lacks); references to frameworks without a catalogue are left out.
    private static func places(of references: [FrameworkReference], _ frameworks: [Framework], _ byKey: [String: Int]) -> [(framework: Int, item: Int)] {
        references.compactMap { reference in
            byKey[reference.framework].map { f in (f, frameworks[f].positions[reference.id] ?? -1) }
        }
    }

    /// The places of a library question's references, worked out once, when `references` are
    /// still that question's.
    private func cachedPlaces(_ id: String, _ references: [FrameworkReference]) -> [(framework: Int, item: Int)]? {
        guard let cached = byQuestion[id], cached.references == references else { return nil }
        return cached.places
    }

    private func view(_ framework: Framework, _ counted: [[Counted]], seen: inout [Int], stamp: inout Int) -> FrameworkView {
        var order: [Int] = []
        var members: [[FrameworkItemResult]] = Array(repeating: [], count: framework.groups.count)
        // Per group: its questions counted once each (how many, how many meet, their levels' sum).
        var totals: [(questions: Int, meeting: Int, levels: Int)] = Array(repeating: (0, 0, 0), count: framework.groups.count)
        var stamps: [Int] = Array(repeating: 0, count: framework.groups.count)
        for item in framework.items {
            let results = counted[item.first]
            guard !results.isEmpty else { continue }
            if members[item.group].isEmpty {
                order.append(item.group)
                stamp += 1
                stamps[item.group] = stamp
            }
            var meeting = 0, levels = 0
            for result in results {
                if result.met { meeting += 1 }
                levels += result.level
                guard seen[result.number] != stamps[item.group] else { continue }
                seen[result.number] = stamps[item.group]
                totals[item.group].questions += 1
                totals[item.group].meeting += result.met ? 1 : 0
                totals[item.group].levels += result.level
            }
            members[item.group].append(FrameworkItemResult(
                id: item.id, title: item.title, questions: results.map(\.id),
                meeting: meeting, meanLevel: Self.mean(levels, count: results.count)))
        }
        let groups = order.map { g in
            FrameworkGroupResult(
                id: framework.groups[g].id, title: framework.groups[g].title, questions: totals[g].questions,
                meeting: totals[g].meeting, meanLevel: Self.mean(totals[g].levels, count: totals[g].questions), items: members[g])
        }
        return FrameworkView(framework: framework.key, title: framework.title, version: framework.version, groups: groups)
    }

    /// The mean level to two decimals, rounded exactly; nil for none.
    private static func mean(_ sum: Int, count: Int) -> Double? {
        Ratio(Int128(sum), Int128(count))?.roundedToHundredths
    }
}
