import Foundation
import Testing
@testable import Batch

/// Summary JSON lines: string literals escape exactly what they must, whether or not a text
/// takes the unescaped shortcut, and each parses back to the text it came from.
@Suite struct JSONObjectTests {
    /// The escaping rule written out character by character: the oracle.
    static func oracle(_ text: String) -> String {
        var out = "\""
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
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test func stringsEscapeAsTheRuleSays() throws {
        let pieces = ["E07000001", "Oakminster District Council", "a\"b", "back\\slash", "line\nbreak", "\u{2028}", "\u{2029}", "€", "😀",
                      "\u{7F}", "\u{1}", "tab\t", "\r", "—", "\u{2027}"]
        var seed: UInt64 = 7
        for _ in 0..<500 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(seed >> 61) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            let literal = JSONObject.string(text)
            #expect(literal == Self.oracle(text), "\(text.debugDescription)")
            #expect(try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String == text)
        }
    }

    @Test func objectsListTheirKeysSorted() {
        var object = JSONObject()
        object["b"] = "2"
        object["a\""] = "1"
        object["c"] = JSONObject.scores(["RES-GOV": 2.5, "DAB-LOG": 0])
        #expect(object.text == #"{"a\"":1,"b":2,"c":{"DAB-LOG":0.00,"RES-GOV":2.50}}"#)
    }
}
