@testable import Assessment
import Audit
import CyberYAML
import Foundation

/// Documents as a JSON Schema sees them, in the `JSONValue` the report verifier compares
/// with: YAML files are read with the project's own parser and typed with the YAML 1.2 core
/// schema, as YAML language servers do.
extension JSONValue {
    /// The value of a parsed YAML node. Plain scalars that spell null, a boolean or a number
    /// become those; every other scalar (quoted, block, or any other plain text) is a string.
    init(yaml node: Node) {
        switch node {
        case .scalar(let scalar): self = JSONValue(scalar: scalar)
        case .sequence(let sequence): self = .array(sequence.items.map { JSONValue(yaml: $0) })
        case .mapping(let mapping):
            self = .object(Dictionary(mapping.pairs.map { ($0.key.value, JSONValue(yaml: $0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    private init(scalar: Node.Scalar) {
        let plain = (scalar.style == .plain || scalar.style == .any) && (scalar.tag == nil || scalar.tag == "!")
        guard plain else {
            self = .string(scalar.value)
            return
        }
        let text = scalar.value
        if scalar.isNull {
            self = .null
        } else if ["true", "True", "TRUE"].contains(text) {
            self = .bool(true)
        } else if ["false", "False", "FALSE"].contains(text) {
            self = .bool(false)
        } else if let number = Self.coreNumber(text) {
            self = .number(number)
        } else {
            self = .string(text)
        }
    }

    /// The number a plain scalar spells under the YAML 1.2 core schema, if any:
    /// `[-+]?[0-9]+`, `0o` octal, `0x` hex, `[-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)([eE][-+]?[0-9]+)?`,
    /// and `.inf`/`.nan` spellings.
    static func coreNumber(_ text: String) -> Double? {
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8).map(Double.init) }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16).map(Double.init) }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var rest = Substring(text)
        if let sign = rest.first, sign == "+" || sign == "-" { rest = rest.dropFirst() }
        let mantissa = rest.prefix { $0 != "e" && $0 != "E" }
        var exponent = rest.dropFirst(mantissa.count)
        let digits = mantissa.filter { $0 != "." }
        guard mantissa.filter({ $0 == "." }).count <= 1, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        if !exponent.isEmpty {
            exponent = exponent.dropFirst()
            if let sign = exponent.first, sign == "+" || sign == "-" { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        return Double(text)
    }

    /// Reads JSON text.
    init(json bytes: [UInt8]) throws {
        self.init(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
    }

    /// Reads a file: JSON for `.json`, else YAML through CyberYAML's `Parser`.
    init(file path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if path.hasSuffix(".json") {
            try self.init(json: bytes)
        } else {
            self.init(yaml: try Parser.parse(bytes))
        }
    }

    /// The members of an object, or nil.
    var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
    /// The items of an array, or nil.
    var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    /// The text of a string, or nil.
    var string: String? { if case .string(let s) = self { s } else { nil } }

    /// The value at a JSON pointer such as `#/$defs/question`, or nil.
    func at(pointer: String) -> JSONValue? {
        var value = self
        for token in pointer.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) where !token.isEmpty {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch value {
            case .object(let members):
                guard let next = members[key] else { return nil }
                value = next
            case .array(let items):
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                value = items[index]
            default:
                return nil
            }
        }
        return value
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
