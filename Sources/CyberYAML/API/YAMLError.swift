/// Everything that can go wrong while loading or decoding a YAML file. Each case carries the
/// place it happened, what was expected and what was found.
public enum YAMLError: Error, Sendable, Equatable {
    case tooLarge(bytes: Int, limit: Int)
    case invalidUTF8(Mark, byte: UInt8)
    case syntax(problem: String, mark: Mark)
    case tooDeep(limit: Int, Mark)
    /// More nodes than the limit, written out in the file.
    case tooManyNodes(limit: Int, Mark)
    /// More nodes than the limit once aliases are expanded ("billion laughs").
    case aliasExpansion(limit: Int, Mark)
    /// A control character (other than tab and line breaks) written raw in the file.
    case controlCharacter(Mark, scalar: UInt32)
    case tooManyAliases(limit: Int, Mark)
    case undefinedAlias(String, Mark)
    case duplicateKey(String, Mark, first: Mark)
    case multipleDocuments(Mark)
    case unknownTag(String, Mark)
    case complexKey(Mark)
    case emptyDocument
    /// A value had the wrong shape: `path` is the dotted path from the document root.
    case typeMismatch(path: String, expected: String, found: String, Mark)
    case missingKey(path: String, key: String, Mark)
    case unknownKey(path: String, key: String, suggestion: String?, Mark)
    case invalidValue(path: String, message: String, Mark)
    case emitter(String)

    /// Where in the file the problem is, when known. An empty file is at 1:1; a file over
    /// the size limit has no position (its message gives the size).
    public var mark: Mark? {
        switch self {
        case .emptyDocument: Mark(line: 1, column: 1)
        case .tooLarge, .emitter: nil
        case .invalidUTF8(let m, _), .syntax(_, let m), .tooDeep(_, let m), .tooManyNodes(_, let m), .aliasExpansion(_, let m), .controlCharacter(let m, _),
             .tooManyAliases(_, let m), .undefinedAlias(_, let m), .duplicateKey(_, let m, _),
             .multipleDocuments(let m), .unknownTag(_, let m), .complexKey(let m),
             .typeMismatch(_, _, _, let m), .missingKey(_, _, let m), .unknownKey(_, _, _, let m),
             .invalidValue(_, _, let m):
            m
        }
    }

    /// What went wrong and how to fix it, without the position.
    public var message: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "file is \(bytes) bytes, more than the limit of \(limit) bytes; split it or raise the limit"
        case .invalidUTF8(_, let byte):
            "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .syntax(let problem, _):
            "YAML syntax error: \(problem)"
        case .tooDeep(let limit, _):
            "nesting deeper than \(limit) levels; flatten the document"
        case .tooManyNodes(let limit, _):
            "document has more than \(limit) nodes; split it into smaller files"
        case .aliasExpansion(let limit, _):
            "document expands to more than \(limit) nodes (alias expansion); remove the nested aliases"
        case .controlCharacter(_, let scalar):
            "control character U+\(hex4(scalar)) is not allowed in YAML; remove it or write it as an escape in double quotes"
        case .tooManyAliases(let limit, _):
            "more than \(limit) aliases; write the values out instead of using anchors"
        case .undefinedAlias(let name, _):
            "alias *\(name) refers to no anchor; define &\(name) before using it"
        case .duplicateKey(let key, _, let first):
            "duplicate key '\(key)' (first at line \(first.line), column \(first.column)); keep only one"
        case .multipleDocuments:
            "a second YAML document ('---'); put one document in each file"
        case .unknownTag(let tag, _):
            "unsupported tag \(tag); remove the tag"
        case .complexKey:
            "a mapping key must be a plain value, found a list or mapping"
        case .emptyDocument:
            "the file is empty; expected a YAML mapping"
        case .typeMismatch(let path, let expected, let found, _):
            "\(path.isEmpty ? "" : "\(path): ")expected \(expected), found \(found)"
        case .missingKey(let path, let key, _):
            "\(path.isEmpty ? "" : "\(path): ")missing required key '\(key)'"
        case .unknownKey(let path, let key, let suggestion, _):
            "\(path.isEmpty ? "" : "\(path): ")unknown key '\(key)'" + Suggestion.hint(suggestion)
        case .invalidValue(let path, let message, _):
            "\(path.isEmpty ? "" : "\(path): ")\(message)"
        case .emitter(let problem):
            "could not write YAML: \(problem)"
        }
    }
}

extension YAMLError: CustomStringConvertible {
    public var description: String {
        if let mark { "\(mark): \(message)" } else { message }
    }
}

/// A `YAMLError` with the file it came from: prints as `file:line:column: message`.
public struct YAMLFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var error: YAMLError

    public init(file: String, error: YAMLError) {
        self.file = file
        self.error = error
    }

    public var description: String { "\(file):\(error)" }
}

/// A code point as four or more upper-case hex digits: `0000`, `001B`.
private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
