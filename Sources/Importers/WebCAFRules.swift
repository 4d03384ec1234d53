import Foundation
import Assessment
import CyberYAML

/// WebCAF's assessment-rules table: keys `A_P_N`, each `none`, `some` or `all`, counting the
/// agreed statements of the achieved, partially-achieved and not-achieved columns (in that
/// order), each with an `outcome_status` and an optional `outcome_status_message`.
struct WebCAFRules: Equatable {
    struct Row: Equatable {
        var achieved: IndicatorCount
        var partiallyAchieved: IndicatorCount
        var notAchieved: IndicatorCount
        var status: OutcomeStatus
        var message: String?
    }

    var rows: [Row]
    var mark: Mark

    /// Reads a rules table; nil (with an error or notice recorded) when it cannot be used.
    static func read(_ node: Node, reader: inout SourceReader, context: String) -> WebCAFRules? {
        guard case .mapping(let table) = node else {
            reader.error(node.mark, "\(context): expected the assessment-rules table (a mapping), found \(node.found)")
            return nil
        }
        if let first = table.pairs.first, Int(first.key.value) != nil {
            reader.note(table.mark, "\(context) is a numbered priority list, not the achieved_partially_not-achieved table WebCAF decides statuses with; it is not imported, and the standard CAF rule decides these outcomes")
            return nil
        }
        var rows: [Row] = []
        for pair in table.pairs {
            let parts = pair.key.value.split(separator: "_").map(String.init)
            let counts = parts.compactMap(IndicatorCount.init(rawValue:))
            guard parts.count == 3, counts.count == 3 else {
                reader.error(pair.key.mark, "\(context): key '\(pair.key.value)' is not ACHIEVED_PARTIALLY_NOTACHIEVED with each part none, some or all")
                continue
            }
            guard let entry = reader.mapping(pair.value, "\(context).\(pair.key.value)", at: pair.key.mark),
                  let statusText = reader.text(entry, "outcome_status", "\(context).\(pair.key.value)") else { continue }
            guard let status = outcomeStatus(statusText) else {
                reader.error(entry["outcome_status"]?.mark, "\(context).\(pair.key.value).outcome_status: '\(statusText)' is not Achieved, Partially achieved or Not achieved")
                continue
            }
            reader.ignoreOthers(in: entry, known: ["outcome_status", "outcome_status_message"], context: "assessment-rules.*")
            rows.append(Row(achieved: counts[0], partiallyAchieved: counts[1], notAchieved: counts[2], status: status,
                            message: reader.optionalText(entry, "outcome_status_message", context)))
        }
        return WebCAFRules(rows: rows, mark: table.mark)
    }

    static func == (a: Self, b: Self) -> Bool { a.rows == b.rows }

    /// The table as cyberassess's `outcome_rules:`, rows in the file's order.
    var node: Node {
        .list(rows.map { row in
            var m = MappingBuilder(flow: true)
            m.set("achieved", row.achieved.rawValue)
            m.set("partially_achieved", row.partiallyAchieved.rawValue)
            m.set("not_achieved", row.notAchieved.rawValue)
            m.set("status", row.status.rawValue)
            m.set("reason", row.message)
            return m.node
        })
    }
}

/// A status as WebCAF writes it ("Achieved", "Partially achieved", "Not achieved", or the
/// hyphenated column names), or nil.
func outcomeStatus(_ text: String) -> OutcomeStatus? {
    let words = text.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        .split(separator: " ").joined(separator: " ")
    switch words {
    case "achieved": return .achieved
    case "partially achieved": return .partiallyAchieved
    case "not achieved": return .notAchieved
    default: return nil
    }
}
