import Assessment
import Testing
@testable import Reports

/// The one-pass number text and HTML escaping against the plain implementations they replace:
/// `DecimalText` against string arithmetic (its first version, kept here as the oracle), and
/// `Escaping.appendPlainHTML` against strip-then-escape (`appendStrippedHTML`).
@Suite struct FastFormattingTests {
    /// `DecimalText.fixed` by string arithmetic: the rounded units' digits, padded and split
    /// at the decimal point.
    static func oracleFixed(_ value: Double, places: Int) -> String? {
        guard value.isFinite, (0...6).contains(places) else { return nil }
        let units = (abs(value) * (0..<places).reduce(1.0) { product, _ in product * 10 }).rounded(.toNearestOrAwayFromZero)
        guard units < 9e15 else { return nil }
        let digits = String(Int(units))
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let text = places == 0 ? padded : padded.dropLast(places) + "." + padded.suffix(places)
        return value < 0 && units != 0 ? "-" + text : text
    }

    /// `DecimalText.short` as first written: trailing zeros cut from the text.
    static func oracleShort(_ value: Double) -> String {
        guard var text = oracleFixed(value, places: 2) else { return "—" }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    static var numbers: [Double] {
        var values: [Double] = [0, -0.0, 0.5, -0.5, 0.004, -0.004, 0.005, -0.005, 0.125, 1.254, 2.6, 2.61, 9.995, 10, 99.5, 100, 256, 720,
                                1e-9, 123.456789, -1.5, 8.999999e15, 9e15, 1e20, .infinity, -.infinity, .nan, .pi, 1.0 / 3, 2.0 / 3]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { values.append(Double.random(in: -1000...1000, using: &generator)) }
        for whole in 0...40 { for fraction in 0...100 { values.append(Double(whole) + Double(fraction) / 100) } }
        for tenths in 0...1000 { values.append(Double(tenths) * 0.1 + 256) }
        return values
    }

    @Test func decimalTextMatchesStringArithmetic() {
        for value in Self.numbers {
            for places in -1...7 {
                #expect(DecimalText.fixed(value, places: places) == Self.oracleFixed(value, places: places), "\(value) to \(places) places")
            }
            #expect(DecimalText.short(value) == Self.oracleShort(value), "\(value)")
        }
    }

    /// Random texts long enough for the word-at-a-time scan, from an alphabet of plain
    /// letters and every kind of byte the escapers act on.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        let alphabet: [String] = ["a", "b", "Z", " ", "0", "=", "?", "#", "\"", "'", "&", "<", ">", "\\", "\t", "\n", "\r", "\u{1}", "\u{1B}",
                                  "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "£", "é", "—", "✓", "\u{202A}", "\u{2066}", "\u{2029}", "🙂"]
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            let length = next() % 40
            // Mostly plain letters, so long plain runs occur between the awkward bytes.
            return (0..<length).map { _ in next() % 4 == 0 ? alphabet[next() % alphabet.count] : alphabet[next() % 3] }.joined()
        }
    }

    @Test func wordTestsNeverMissAByte() {
        var filler: [UInt8] = Array("abcdefgh".utf8)
        for byte in 0...255 {
            for position in 0..<8 {
                filler[position] = UInt8(byte)
                let word = filler.withUnsafeBufferPointer { ByteWords.load($0.baseAddress!) }
                #expect(ByteWords.hasByte(word, below: 0x20) == (byte < 0x20))
                #expect(ByteWords.hasByte(word, equalTo: 0x22) == (byte == 0x22))
                #expect(ByteWords.hasByte(word, equalTo: 0x27, ignoring: 0x05) == [0x22, 0x23, 0x26, 0x27].contains(byte))
                #expect(ByteWords.hasNonASCII(word) == (byte >= 0x80))
                filler[position] = Array("abcdefgh".utf8)[position]
            }
        }
    }

    @Test func onePassHTMLEscapingMatchesStripThenEscapeOnRandomTexts() {
        for text in Self.randomTexts(count: 3000, seed: 11) {
            var fast: [UInt8] = []
            var plain: [UInt8] = []
            Escaping.appendHTML(text, to: &fast)
            Escaping.appendStrippedHTML(text, to: &plain)
            #expect(fast == plain, "\(text.debugDescription)")
        }
    }

    /// Lists joined in place against the joined string escaped whole, the way templates get
    /// them (`TemplateContext.joined`), for texts and framework references.
    @Test func joinedListsMatchTheJoinedStringEscaped() {
        let texts = Self.randomTexts(count: 400, seed: 5)
        for start in stride(from: 0, to: texts.count - 4, by: 4) {
            let values = Array(texts[start..<start + (start / 4) % 4])
            let references = values.enumerated().map { FrameworkReference(framework: $1, id: texts[start + 3 - $0 % 3]) }
            let oracle = values.isEmpty ? "—" : values.map(stripControls).joined(separator: "; ")
            let referenceOracle = references.isEmpty ? "—" : references.map { stripControls($0.description) }.joined(separator: "; ")
            let html: Markup<HTMLEscaping> = "\(joined: values)|\(joined: references)"
            #expect(html.bytes == Array((Escaping.html(oracle) + "|" + Escaping.html(referenceOracle)).utf8), "\(values) \(references)")
            let markdown: Markup<MarkdownEscaping> = "\(joined: values)|\(joined: references)"
            #expect(markdown.bytes == Array((Escaping.markdown(oracle) + "|" + Escaping.markdown(referenceOracle)).utf8), "\(values) \(references)")
        }
    }

    @Test func onePassHTMLEscapingMatchesStripThenEscape() {
        let texts = [
            "", "plain", "<a href='x'>&\"</a>", "é ✓ — → 🙂 £5", "tab\there\nline\r\nend", "x\u{1B}[31my", "a\u{7F}b", "c\u{85}d",
            "bidi \u{202A}x\u{202E} \u{2066}y\u{2069}", "\u{2028}\u{2029}\u{2065}\u{206A}\u{2029}", "ends with \u{C2}", "\u{00A0}nbsp",
            "\u{1}", "&&&", "'", "trailing <", "£ and ¿", "x\u{9F}", "y\u{80}", "\u{202E}", "\u{2069}", "end \u{2060}", String(repeating: "long & text ", count: 50), "e\u{301}", "\u{9F}", "\u{A0}",
        ]
        for text in texts {
            var fast: [UInt8] = [0x41]
            var plain: [UInt8] = [0x41]
            if !Escaping.appendPlainHTML(text, to: &fast) {
                #expect(fast == [0x41], "\(text.debugDescription): the one-pass path left bytes behind when it gave up")
                Escaping.appendHTML(text, to: &fast)
            }
            Escaping.appendStrippedHTML(text, to: &plain)
            #expect(fast == plain, "\(text.debugDescription)")
        }
    }
}
