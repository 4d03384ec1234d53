import Assessment
import Audit
import CyberYAML
import Reports

/// What a worker hands back for one scored body: a summary row, not the report.
package struct BodySummary: Sendable, Equatable {
    /// Where the body stands, in one word.
    package enum Status: String, Sendable, Equatable, CaseIterable {
        /// Every applicable question answered and every target met.
        case targetsMet = "targets-met"
        /// Every applicable question answered, some target missed.
        case belowTarget = "below-target"
        /// Some applicable question unanswered (it counts as level 0).
        case incomplete
    }

    package var file: String
    package var id: String
    package var name: String
    package var period: String
    /// Where the body's id is written, for pointing at a duplicate.
    package var idMark: Mark?
    package var weakestLink: Int?
    package var completeness: Double
    package var status: Status
    /// Overall, topic and domain scores, with the type and region.
    package var scores: PeerAggregator.Scores

    package init(report: Report, file: String, idMark: Mark?) {
        self.init(summary: ReportSummary(report), file: file, idMark: idMark)
    }

    package init(summary: ReportSummary, file: String, idMark: Mark?) {
        self.file = file
        id = summary.body.id
        name = summary.body.name
        period = summary.period
        self.idMark = idMark
        weakestLink = summary.overall.weakestLink
        completeness = summary.overall.completeness
        status = summary.unanswered > 0 ? .incomplete : summary.overall.targetsMet ? .targetsMet : .belowTarget
        scores = PeerAggregator.Scores(summary)
    }
}

/// One body's row of `summary.csv` and line of `summary.jsonl`, written ahead.
struct SummaryLines: Sendable {
    var csv: String
    var json: [UInt8]
}

/// The columns and lines of `summary.csv` and `summary.jsonl`.
struct SummaryFormat: Sendable {
    /// Questionnaire ids, one score column each, in library order.
    let topics: [String]
    let anonymised: Bool

    var csvHeader: String {
        let identity = anonymised ? [] : ["id", "name"]
        let tail = anonymised ? [] : ["file"]
        return CSV.row(identity + ["type", "region", "period", "overall", "weakest_link"] + topics + ["completeness", "status"] + tail)
    }

    /// A named row (not anonymised).
    func csvRow(_ s: BodySummary) -> String {
        CSV.row([s.id, s.name, s.scores.type ?? "", s.scores.region ?? "", s.period, Number.score(s.scores.overall), s.weakestLink.map(String.init) ?? ""]
            + topics.map { Number.score(s.scores.topics[$0]) }
            + [Number.score(s.completeness), s.status.rawValue, s.file])
    }

    /// A named JSON line (not anonymised), keys sorted, with its newline.
    func jsonLine(_ s: BodySummary) -> [UInt8] {
        SummaryJSONLine.named(s)
    }
}

/// Scores written with exactly two decimals (`2.50`), the way reports round them.
enum Number {
    /// Empty for no value, or one that is not finite or too large to print exactly.
    static func score(_ value: Double?) -> String {
        value.flatMap { DecimalText.fixed($0, places: 2) } ?? ""
    }

    static func json(_ value: Double?) -> String {
        let text = score(value)
        return text.isEmpty ? "null" : text
    }
}

/// A JSON object built from already encoded values, written with its keys sorted.
struct JSONObject {
    private var members: [(key: String, value: String)] = []

    subscript(key: String) -> String? {
        get { members.first { $0.key == key }?.value }
        set {
            members.removeAll { $0.key == key }
            if let newValue { members.append((key, newValue)) }
        }
    }

    var text: String {
        // Members are usually set in key order already; sorting a sorted list costs one pass.
        let sorted = members.sorted { $0.key < $1.key }
        var out = "{"
        out.reserveCapacity(sorted.reduce(2) { $0 + $1.key.utf8.count + $1.value.utf8.count + 4 })
        for (i, member) in sorted.enumerated() {
            if i > 0 { out += "," }
            Self.appendString(member.key, to: &out)
            out += ":"
            out += member.value
        }
        out += "}"
        return out
    }

    static func scores(_ scores: [String: Double]) -> String {
        var object = JSONObject()
        object.members.reserveCapacity(scores.count)
        for (key, value) in scores { object.members.append((key, Number.json(value))) }
        return object.text
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        var out = ""
        appendString(text, to: &out)
        return out
    }

    /// Appends `text` as a JSON string literal. Text with nothing to escape (every id, and
    /// nearly every name and path) is appended whole.
    static func appendString(_ text: String, to out: inout String) {
        // Bytes that may need escaping: controls, quote, backslash, DEL, and the lead byte of
        // U+2028 and U+2029.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) else {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
