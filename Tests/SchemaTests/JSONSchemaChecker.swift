@testable import Assessment
import Audit
import Foundation

/// Checks a `JSONValue` against a JSON Schema (draft 2020-12), for the keywords the schemas in
/// `schemas/` use: `type`, `properties`, `required`, `additionalProperties`, `items`,
/// `minItems`, `enum`, `const`, `pattern`, `minimum`, `maximum`, `exclusiveMinimum`, `$ref`
/// (a JSON pointer into the same document), `anyOf`, `oneOf` and `not`. Any other keyword
/// (besides annotations such as `title`) is reported by `unsupportedKeywords()`, so a schema
/// cannot rely on a rule this checker would silently skip.
struct JSONSchemaChecker {
    static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "minItems", "enum", "const",
        "pattern", "minimum", "maximum", "exclusiveMinimum", "$ref", "anyOf", "oneOf", "not",
    ]
    static let annotations: Set<String> = ["$schema", "$defs", "title", "description"]

    let root: JSONValue

    init(schema: JSONValue) { root = schema }

    /// Every way `value` breaks the schema, each `path: message`; empty when it validates.
    func problems(in value: JSONValue) -> [String] {
        var walk = Walk(root: root)
        walk.check(value, against: root, at: "")
        return walk.problems
    }

    /// Keywords used in the schema that this checker does not implement, with where they are.
    func unsupportedKeywords() -> [String] {
        var found: [String] = []
        func visit(_ schema: JSONValue, _ pointer: String) {
            guard let members = schema.object else { return }
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                if !Self.assertions.contains(key), !Self.annotations.contains(key) { found.append("\(pointer)/\(key)") }
                switch key {
                case "properties", "$defs":
                    for (name, sub) in value.object ?? [:] { visit(sub, "\(pointer)/\(key)/\(name)") }
                case "items", "additionalProperties", "not":
                    visit(value, "\(pointer)/\(key)")
                case "anyOf", "oneOf":
                    for (i, sub) in (value.array ?? []).enumerated() { visit(sub, "\(pointer)/\(key)/\(i)") }
                default:
                    break
                }
            }
        }
        visit(root, "#")
        return found
    }

    /// One pass over a document, keeping compiled patterns.
    private struct Walk {
        let root: JSONValue
        var problems: [String] = []
        var patterns: [String: NSRegularExpression] = [:]
        var references: [String: JSONValue] = [:]

        mutating func check(_ value: JSONValue, against schema: JSONValue, at path: String) {
            let place = path.isEmpty ? "the top level" : path
            func report(_ message: String) { problems.append("\(place): \(message)") }
            guard let rules = schema.object else {
                if case .bool(false) = schema { report("no value is allowed here") }
                return
            }

            if let ref = rules["$ref"]?.string {
                if let target = references[ref] ?? root.at(pointer: ref) {
                    references[ref] = target
                    check(value, against: target, at: path)
                } else {
                    report("schema reference \(ref) leads nowhere")
                }
            }
            if let type = rules["type"] {
                let allowed = type.array?.compactMap(\.string) ?? type.string.map { [$0] } ?? []
                if !allowed.contains(where: { Self.has(value, type: $0) }) {
                    report("expected \(allowed.joined(separator: " or ")), found \(value.summary)")
                    return
                }
            }
            if let options = rules["enum"]?.array, !options.contains(value) {
                report("expected one of \(options.map(\.summary).joined(separator: ", ")), found \(value.summary)")
            }
            if let constant = rules["const"], constant != value {
                report("expected \(constant.summary), found \(value.summary)")
            }
            switch value {
            case .string(let text):
                if let pattern = rules["pattern"]?.string, !matches(text, pattern) {
                    report("\(value.summary) does not match \(pattern)")
                }
            case .number(let number):
                if case .number(let minimum)? = rules["minimum"], number < minimum { report("expected at least \(rules["minimum"]!.summary), found \(value.summary)") }
                if case .number(let maximum)? = rules["maximum"], number > maximum { report("expected at most \(rules["maximum"]!.summary), found \(value.summary)") }
                if case .number(let floor)? = rules["exclusiveMinimum"], number <= floor { report("expected more than \(rules["exclusiveMinimum"]!.summary), found \(value.summary)") }
            case .array(let items):
                if case .number(let least)? = rules["minItems"], Double(items.count) < least {
                    report("expected at least \(rules["minItems"]!.summary) items, found \(items.count)")
                }
                if let itemSchema = rules["items"] {
                    for (i, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(i)]") }
                }
            case .object(let members):
                let properties = rules["properties"]?.object ?? [:]
                for key in rules["required"]?.array?.compactMap(\.string) ?? [] where members[key] == nil {
                    report("missing required key '\(key)'")
                }
                for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                    let memberPath = path.isEmpty ? key : "\(path).\(key)"
                    if let propertySchema = properties[key] {
                        check(member, against: propertySchema, at: memberPath)
                    } else if let additional = rules["additionalProperties"] {
                        if case .bool(false) = additional {
                            report("unknown key '\(key)'")
                        } else {
                            check(member, against: additional, at: memberPath)
                        }
                    }
                }
            case .null, .bool:
                break
            }
            if let alternatives = rules["anyOf"]?.array {
                var results: [[String]] = []
                for alternative in alternatives { results.append(failures(of: value, against: alternative, at: path)) }
                if !results.contains(where: \.isEmpty) {
                    report("matches none of the \(alternatives.count) allowed forms (\(results.map { $0.first ?? "" }.joined(separator: "; ")))")
                }
            }
            if let alternatives = rules["oneOf"]?.array {
                var passing = 0
                for alternative in alternatives where failures(of: value, against: alternative, at: path).isEmpty { passing += 1 }
                if passing != 1 { report("expected exactly one of \(alternatives.count) forms to match, found \(passing)") }
            }
            if let excluded = rules["not"], failures(of: value, against: excluded, at: path).isEmpty {
                report("matches a form that is not allowed: \(excluded.object.map { JSONValue.object($0).compactDescription } ?? "")")
            }
        }

        /// The problems `value` has against `schema`, without recording them.
        private mutating func failures(of value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
            let saved = problems
            problems = []
            check(value, against: schema, at: path)
            let found = problems
            problems = saved
            return found
        }

        private mutating func matches(_ text: String, _ pattern: String) -> Bool {
            if patterns[pattern] == nil { patterns[pattern] = try? NSRegularExpression(pattern: pattern) }
            guard let regex = patterns[pattern] else {
                problems.append("schema pattern \(pattern) does not compile")
                return false
            }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }

        private static func has(_ value: JSONValue, type: String) -> Bool {
            switch (type, value) {
            case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
            case ("integer", .number(let n)): n.isFinite && n == n.rounded()
            default: false
            }
        }
    }
}

private extension JSONValue {
    /// `{"required": ["answer", "agreed"]}`-style text for messages.
    var compactDescription: String {
        switch self {
        case .object(let members): "{" + members.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.compactDescription)" }.joined(separator: ", ") + "}"
        case .array(let items): "[" + items.map(\.compactDescription).joined(separator: ", ") + "]"
        default: summary
        }
    }
}
