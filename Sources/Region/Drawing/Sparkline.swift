/// A row of block characters, one per value, scaled from 0 to `maximum`; a gap where a value
/// is missing.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ values: [Double?], maximum: Double) -> String {
        String(values.map { value -> Character in
            guard let value, maximum > 0 else { return " " }
            let index = Int((min(max(value, 0), maximum) / maximum * Double(blocks.count - 1)).rounded())
            return blocks[index]
        })
    }
}
