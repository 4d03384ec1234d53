import Assessment
import Audit
import Store

/// The figures of the regional dashboard for one period, computed from a `PeriodSnapshot`
/// and the questionnaire library (for titles, targets and profiles).
package struct Dashboard: Sendable {
    /// The spread of one topic's or domain's scores across bodies.
    package struct Distribution: Sendable {
        package var id: String
        package var title: String
        /// The questionnaire a domain belongs to (the topic itself for a topic).
        package var topic: String
        package var statistics: Statistics?
        /// The target level (the questionnaire's, or the domain's own).
        package var target: Double
        /// Share (0–1) of bodies scoring the domain that reach each profile's level, by profile id.
        package var meeting: [String: Double]
    }

    /// One row of the heat map: a body, or a group of bodies adjacent in rank.
    package struct HeatRow: Sendable {
        /// The body's name, "ranks 1–10" for a group, or nil when names are withheld.
        package var label: String?
        package var overall: Double?
        /// One cell per domain in `domains` order.
        package var cells: [Double?]
    }

    /// Bodies of one type or region.
    package struct Group: Sendable {
        package var name: String
        package var bodies: Int
        package var overall: Statistics?
    }

    /// The most heat-map rows drawn; larger sets are shown as groups of bodies adjacent in rank.
    package static let maxHeatRows = 120

    package var period: String
    package var anonymised: Bool
    package var scored: Int
    package var failed: Int
    package var overall: Statistics?
    package var topics: [Distribution]
    package var domains: [Distribution]
    /// Profile ids the shares are given for, e.g. baseline and enhanced.
    package var profiles: [String]
    /// Bodies (or groups of them) by overall score, highest first.
    package var heatMap: [HeatRow]
    /// Bodies per heat-map row (1 when every body has its own row).
    package var bodiesPerRow: Int
    /// The five domains with the lowest median score.
    package var weakest: [Distribution]
    package var recurring: [PeriodSnapshot.Recurring]
    /// By body type and by region; groups smaller than `minGroup` are left out and counted.
    package var byType: [Group]
    package var byRegion: [Group]
    /// Types and regions left out for having fewer than `minGroup` bodies.
    package var suppressedGroups: Int
    package var minGroup: Int

    /// The dashboard of `snapshot`. Groups smaller than `minGroup` are not shown.
    package init(_ snapshot: PeriodSnapshot, library: Library, minGroup: Int = 1) {
        period = snapshot.period
        anonymised = snapshot.anonymised
        scored = snapshot.entries.count
        failed = snapshot.failed
        self.minGroup = minGroup
        overall = Statistics(snapshot.entries.compactMap(\.overall))
        profiles = Array(Set(library.questionnaires.flatMap { $0.profiles.map(\.id) })).sorted()
        var topics: [Distribution] = [], domains: [Distribution] = []
        for q in library.questionnaires {
            topics.append(Distribution(id: q.id, title: q.title, topic: q.id, statistics: Statistics(snapshot.entries.compactMap { $0.topics[q.id] }),
                                       target: Double(q.target), meeting: [:]))
            for d in q.domains {
                let scores = snapshot.entries.compactMap { $0.domains[d.id] }
                var meeting: [String: Double] = [:]
                for profile in q.profiles where !scores.isEmpty {
                    let level = Double(profile.domains[d.id] ?? d.target ?? q.target)
                    meeting[profile.id] = Double(scores.filter { $0 >= level }.count) / Double(scores.count)
                }
                domains.append(Distribution(id: d.id, title: d.title, topic: q.id, statistics: Statistics(scores),
                                            target: Double(d.target ?? q.target), meeting: meeting))
            }
        }
        // Only what was scored in this period.
        self.topics = topics.filter { $0.statistics != nil }
        self.domains = domains.filter { $0.statistics != nil }
        weakest = Array(self.domains.sorted { ($0.statistics!.median, $0.id) < ($1.statistics!.median, $1.id) }.prefix(5))
        recurring = snapshot.recurring

        let ranked = snapshot.entries.sorted { ($0.overall ?? -1, $1.name ?? "") > ($1.overall ?? -1, $0.name ?? "") }
        let perRow = max(1, (ranked.count + Self.maxHeatRows - 1) / Self.maxHeatRows)
        bodiesPerRow = perRow
        let ids = self.domains.map(\.id)
        heatMap = stride(from: 0, to: ranked.count, by: perRow).map { start in
            let rows = ranked[start..<min(start + perRow, ranked.count)]
            func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
            let label = perRow == 1 ? (snapshot.anonymised ? nil : rows.first!.name) : "ranks \(start + 1)–\(start + rows.count)"
            return HeatRow(label: label, overall: mean(rows.compactMap(\.overall)), cells: ids.map { id in mean(rows.compactMap { $0.domains[id] }) })
        }

        func groups(_ key: (PeriodSnapshot.Entry) -> String?) -> (shown: [Group], hidden: Int) {
            var members: [String: [Double]] = [:], counts: [String: Int] = [:]
            for entry in snapshot.entries {
                let name = key(entry) ?? "not given"
                counts[name, default: 0] += 1
                if let overall = entry.overall { members[name, default: []].append(overall) }
            }
            let all = counts.keys.sorted().map { Group(name: $0, bodies: counts[$0]!, overall: Statistics(members[$0] ?? [])) }
            let shown = all.filter { $0.bodies >= minGroup && $0.name != StoreRun.suppressed }
            return (shown, all.count - shown.count)
        }
        let types = groups(\.type), regions = groups(\.region)
        byType = types.shown
        byRegion = regions.shown
        suppressedGroups = types.hidden + regions.hidden
    }
}
