import Assessment
import Platform
import Reports

/// The rows of an anonymised summary: no id, name or file, written only when the batch is
/// done, because suppression needs the final group sizes.
///
/// Each body is kept as a few packed integers. A row shows its type only when at least
/// `minGroup` bodies share it, its region only when at least `minGroup` bodies share the
/// region and (with the type shown) the type and region together; otherwise the value reads
/// `suppressed`. Rows are sorted by what they show, then by score, so their order says
/// nothing about the input order (often the order of body ids). When fewer than `minGroup`
/// bodies were scored in all, no row is written.
struct AnonymisedSummary {
    static let suppressed = "suppressed"
    private static let none = UInt32.max

    let format: SummaryFormat
    private let stride: Int
    private var cells: [UInt32] = []
    private var types = Interner(), regions = Interner(), periods = Interner()

    init(topics: [String]) {
        format = SummaryFormat(topics: topics, anonymised: true)
        stride = 6 + topics.count
    }

    private var count: Int { cells.count / stride }

    mutating func add(_ s: BodySummary) {
        cells.append(s.scores.type.map { types.index($0) } ?? Self.none)
        cells.append(s.scores.region.map { regions.index($0) } ?? Self.none)
        cells.append(periods.index(s.period))
        cells.append(Self.pack(s.scores.overall))
        cells.append(s.weakestLink.map { UInt32(clamping: $0) } ?? Self.none)
        cells.append(Self.pack(s.completeness) &* 8 &+ UInt32(BodySummary.Status.allCases.firstIndex(of: s.status)!))
        for topic in format.topics { cells.append(Self.pack(s.scores.topics[topic])) }
    }

    /// Writes the rows to `csv` and `jsonl`.
    func write(csv: StreamingFile, jsonl: StreamingFile, minGroup: Int) throws(FileWriteError) {
        try csv.write(format.csvHeader)
        guard count >= minGroup else { return }
        var typeCounts: [UInt32: Int] = [:], regionCounts: [UInt32: Int] = [:], cellCounts: [UInt64: Int] = [:]
        for row in 0..<count {
            let (type, region) = (cells[row * stride], cells[row * stride + 1])
            typeCounts[type, default: 0] += 1
            regionCounts[region, default: 0] += 1
            cellCounts[UInt64(type) << 32 | UInt64(region), default: 0] += 1
        }
        // What each row shows for type and region, after suppression.
        func shown(_ row: Int) -> (type: String, region: String) {
            let (type, region) = (cells[row * stride], cells[row * stride + 1])
            let typeShown = type != Self.none && typeCounts[type]! >= minGroup
            var regionShown = region != Self.none && regionCounts[region]! >= minGroup
            if typeShown, regionShown, cellCounts[UInt64(type) << 32 | UInt64(region)]! < minGroup { regionShown = false }
            return (
                type == Self.none ? "" : typeShown ? types.names[Int(type)] : Self.suppressed,
                region == Self.none ? "" : regionShown ? regions.names[Int(region)] : Self.suppressed)
        }
        let labels = (0..<count).map(shown)
        let order = (0..<count).sorted { a, b in
            if labels[a] != labels[b] { return (labels[a].type, labels[a].region) < (labels[b].type, labels[b].region) }
            let (ra, rb) = (a * stride, b * stride)
            let pa = periods.names[Int(cells[ra + 2])], pb = periods.names[Int(cells[rb + 2])]
            if pa != pb { return pa < pb }
            // Higher scores first; a missing score (none) sorts last; then every other cell.
            for k in 3..<stride where cells[ra + k] != cells[rb + k] {
                return k == 3 ? Self.descending(cells[ra + k], cells[rb + k]) : cells[ra + k] < cells[rb + k]
            }
            return false
        }
        for row in order {
            let r = row * stride
            let period = periods.names[Int(cells[r + 2])]
            let overall = Self.unpack(cells[r + 3])
            let weakest = cells[r + 4] == Self.none ? nil : Int(cells[r + 4])
            let completeness = Self.unpack(cells[r + 5] / 8)
            let status = BodySummary.Status.allCases[Int(cells[r + 5] % 8)]
            let topics = format.topics.indices.map { Self.unpack(cells[r + 6 + $0]) }
            let label = labels[row]
            try csv.write(CSV.row(
                [label.type, label.region, period, Number.score(overall), weakest.map(String.init) ?? ""]
                    + topics.map(Number.score) + [Number.score(completeness), status.rawValue]))
            var json = JSONObject()
            json["completeness"] = Number.json(completeness)
            json["overall"] = Number.json(overall)
            json["period"] = JSONObject.string(period)
            json["region"] = label.region.isEmpty ? "null" : JSONObject.string(label.region)
            json["status"] = JSONObject.string(status.rawValue)
            json["topics"] = JSONObject.scores(Dictionary(uniqueKeysWithValues: zip(format.topics, topics).compactMap { k, v in v.map { (k, $0) } }))
            json["type"] = label.type.isEmpty ? "null" : JSONObject.string(label.type)
            json["weakestLink"] = weakest.map(String.init) ?? "null"
            try jsonl.write(json.text + "\n")
        }
    }

    private static func descending(_ a: UInt32, _ b: UInt32) -> Bool {
        if a == none { return false }
        if b == none { return true }
        return a > b
    }

    /// A score or percentage as whole hundredths; `none` for nil.
    private static func pack(_ value: Double?) -> UInt32 {
        guard let value, value.isFinite, value >= 0 else { return none }
        return UInt32(clamping: Int((value * 100).rounded()))
    }

    private static func unpack(_ cell: UInt32) -> Double? {
        cell == none ? nil : Double(cell) / 100
    }
}

/// Numbers for repeated strings (types, regions, periods).
struct Interner {
    private(set) var names: [String] = []
    private var indices: [String: UInt32] = [:]

    mutating func index(_ name: String) -> UInt32 {
        if let i = indices[name] { return i }
        let i = UInt32(names.count)
        names.append(name)
        indices[name] = i
        return i
    }
}
