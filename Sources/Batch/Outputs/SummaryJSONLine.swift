/// One body's line of `summary.jsonl` written straight into bytes: the same bytes as building
/// a `JSONObject` and taking its text (keys sorted, scores with two decimals, strings escaped by
/// `JSONObject.appendString`'s rule), without a string per value and a sort per object. Every
/// body of a batch passes through here; `SummaryJSONLineTests` compares both ways.
struct SummaryJSONLine {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The line for a named (not anonymised) summary, with its final newline.
    static func named(_ s: BodySummary) -> [UInt8] {
        var line = SummaryJSONLine(capacity: 96 + 16 * (s.scores.domains.count + s.scores.topics.count) + s.file.utf8.count + s.name.utf8.count)
        line.raw("{\"completeness\":"); line.score(s.completeness)
        line.raw(",\"domains\":"); line.scores(s.scores.domains)
        line.raw(",\"file\":"); line.string(s.file)
        line.raw(",\"id\":"); line.string(s.id)
        line.raw(",\"name\":"); line.string(s.name)
        line.raw(",\"overall\":"); line.score(s.scores.overall)
        line.raw(",\"period\":"); line.string(s.period)
        line.raw(",\"region\":"); line.string(s.scores.region)
        line.raw(",\"status\":"); line.string(s.status.rawValue)
        line.raw(",\"topics\":"); line.scores(s.scores.topics)
        line.raw(",\"type\":"); line.string(s.scores.type)
        line.raw(",\"weakestLink\":")
        if let weakest = s.weakestLink { line.bytes.append(contentsOf: String(weakest).utf8) } else { line.raw("null") }
        line.raw("}\n")
        return line.bytes
    }

    /// Text that needs no escaping, as it is.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A score as `Number.json` writes it: two decimals (`2.50`), or `null`.
    mutating func score(_ value: Double?) {
        let text = Number.score(value)
        if text.isEmpty { raw("null") } else { bytes.append(contentsOf: text.utf8) }
    }

    /// An object of scores, keys in `String` order as `JSONObject` sorts them.
    mutating func scores(_ scores: [String: Double]) {
        bytes.append(UInt8(ascii: "{"))
        for (i, key) in scores.keys.sorted().enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key)
            bytes.append(UInt8(ascii: ":"))
            score(scores[key])
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// A JSON string literal escaped by `JSONObject.appendString`'s rule, or `null`.
    mutating func string(_ text: String?) {
        guard let text else { return raw("null") }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x00..<0x20, 0x7F:
                let hex: StaticString = "0123456789abcdef"
                raw("\\u00")
                bytes.append(hex.utf8Start[Int(byte >> 4)])
                bytes.append(hex.utf8Start[Int(byte & 0xF)])
            default:
                bytes.append(byte)
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in JavaScript: written as
                // escapes, as the rule says. Their last byte is rewritten once it is seen.
                if byte == 0xA8 || byte == 0xA9, bytes.count >= 3, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x80 {
                    bytes.removeLast(3)
                    raw(byte == 0xA8 ? "\\u2028" : "\\u2029")
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
