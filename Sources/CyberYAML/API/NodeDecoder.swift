/// Decodes `Decodable` values from a `Node` tree. Errors carry the dotted path and the
/// line:column of the offending node, and mapping keys that the type never asked for are
/// reported as unknown keys (with a "did you mean" suggestion), so typos do not pass silently.
public struct NodeDecoder: Sendable {
    public var userInfo: [CodingUserInfoKey: any Sendable]
    /// Report keys that the decoded type did not read (default true).
    public var rejectUnknownKeys: Bool

    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:], rejectUnknownKeys: Bool = true) {
        self.userInfo = userInfo
        self.rejectUnknownKeys = rejectUnknownKeys
    }

    public func decode<T: Decodable>(_ type: T.Type, from node: Node) throws(YAMLError) -> T {
        try decode(type, from: node, collector: nil)
    }

    /// Decodes like `decode(_:from:)`, but problems that need not stop decoding (unknown keys,
    /// and entries that a type chooses to skip through `Decoder.recover(_:)`) are collected
    /// and returned instead of thrown, so one run can report them all.
    public func decodeCollecting<T: Decodable>(_ type: T.Type, from node: Node) throws(YAMLError) -> (value: T, problems: [YAMLError]) {
        let collector = ProblemCollector()
        let value = try decode(type, from: node, collector: collector)
        return (value, collector.problems)
    }

    private func decode<T: Decodable>(_ type: T.Type, from node: Node, collector: ProblemCollector?) throws(YAMLError) -> T {
        let decoder = _NodeDecoder(node: node, codingPath: [], options: self, collector: collector)
        do {
            return try decoder.unbox(type)
        } catch let error as YAMLError {
            throw error
        } catch {
            throw .invalidValue(path: "", message: "\(error)", node.mark)
        }
    }

    /// Parses `bytes` and decodes them in one step.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], limits: LoaderLimits = .default) throws(YAMLError) -> T {
        try decode(type, from: Parser.parse(bytes, limits: limits))
    }
}

/// Gives model types access to the node being decoded, for marks and raw shapes.
public protocol YAMLNodeDecoding {
    var node: Node { get }
}

/// Gathers recoverable problems during one `decodeCollecting` call.
final class ProblemCollector {
    var problems: [YAMLError] = []
}

extension Decoder {
    /// Records `error` and returns true when decoding collects problems (so the caller can
    /// skip the bad entry and go on); returns false when the caller should throw it.
    public func recover(_ error: any Error) -> Bool {
        guard let decoder = self as? _NodeDecoder, let collector = decoder.collector, let yamlError = error as? YAMLError else { return false }
        collector.problems.append(yamlError)
        return true
    }

    /// Where the value being decoded starts, when decoding from YAML.
    public var yamlMark: Mark? { (self as? YAMLNodeDecoding)?.node.mark }
    /// The node being decoded, when decoding from YAML.
    public var yamlNode: Node? { (self as? YAMLNodeDecoding)?.node }
}

/// Formats a coding path as `domains[2].questions[5].weight`.
public func pathString(_ codingPath: [any CodingKey]) -> String {
    var out = ""
    for key in codingPath {
        if let index = key.intValue {
            out += "[\(index)]"
        } else {
            if !out.isEmpty { out += "." }
            out += key.stringValue
        }
    }
    return out
}

struct IndexKey: CodingKey {
    var stringValue: String { "\(index)" }
    var intValue: Int? { index }
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.index = intValue }
}

final class _NodeDecoder: Decoder, YAMLNodeDecoding {
    let node: Node
    let codingPath: [any CodingKey]
    let options: NodeDecoder
    let collector: ProblemCollector?
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }
    /// Keys read through a keyed container; nil when no keyed container was made.
    var accessedKeys: Set<String>?

    init(node: Node, codingPath: [any CodingKey], options: NodeDecoder, collector: ProblemCollector?) {
        self.node = node
        self.codingPath = codingPath
        self.options = options
        self.collector = collector
    }

    var path: String { pathString(codingPath) }

    func mismatch(_ expected: String) -> YAMLError {
        .typeMismatch(path: path, expected: expected, found: node.found, node.mark)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch("a mapping") }
        if accessedKeys == nil { accessedKeys = [] }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch("a list") }
        return UnkeyedContainer(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValueContainer(decoder: self) }

    /// Decodes `type` from this decoder's node, then checks for keys the type did not read.
    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = try unboxScalar(type) { return value }
        if type == Node.self { return node as! T }
        let value: T
        do {
            value = try T(from: self)
        } catch let error as DecodingError {
            throw YAMLError.invalidValue(path: path, message: describe(error), node.mark)
        }
        if options.rejectUnknownKeys, let accessed = accessedKeys, case .mapping(let mapping) = node {
            for pair in mapping.pairs where !accessed.contains(pair.key.value) {
                let error = YAMLError.unknownKey(
                    path: path, key: pair.key.value,
                    suggestion: Suggestion.closest(to: pair.key.value, in: accessed), pair.key.mark)
                guard let collector else { throw error }
                collector.problems.append(error)
            }
        }
        return value
    }

    func child(_ node: Node, key: any CodingKey) -> _NodeDecoder {
        _NodeDecoder(node: node, codingPath: codingPath + [key], options: options, collector: collector)
    }

    private func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            c.debugDescription
        @unknown default:
            "\(error)"
        }
    }

    // MARK: Scalars

    func scalar(_ expected: String) throws -> Node.Scalar {
        guard case .scalar(let s) = node, !s.isNull else { throw mismatch(expected) }
        return s
    }

    func unboxScalar<T>(_ type: T.Type) throws -> T? {
        switch type {
        case is String.Type: return try text() as? T
        case is Int.Type: return try integer() as? T
        case is Double.Type: return try double() as? T
        case is Bool.Type: return try bool() as? T
        default: return nil
        }
    }

    /// Text: any scalar but null, unless it is tagged as a number, boolean or null
    /// (`!!int 5` is not the text "5").
    func text() throws -> String {
        let s = try scalar("text")
        if let tag = s.nonTextTag {
            throw YAMLError.typeMismatch(path: path, expected: "text", found: "a value tagged \(tag)", s.mark)
        }
        return s.value
    }

    func integer() throws -> Int {
        let s = try scalar("a whole number")
        guard s.isPlain, s.tag == nil || s.tag == "tag:yaml.org,2002:int", let value = Int(s.value) else { throw mismatch("a whole number") }
        return value
    }

    func double() throws -> Double {
        let s = try scalar("a number")
        guard s.isPlain, s.tag == nil || s.tag == "tag:yaml.org,2002:float" || s.tag == "tag:yaml.org,2002:int", let value = Double(s.value), value.isFinite else { throw mismatch("a number") }
        return value
    }

    func bool() throws -> Bool {
        let s = try scalar("true or false")
        guard s.isPlain, s.tag == nil || s.tag == "tag:yaml.org,2002:bool" else { throw mismatch("true or false") }
        switch s.value {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default: throw mismatch("true or false")
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: _NodeDecoder
    let mapping: Node.Mapping
    let index: [String: Int]

    init(decoder: _NodeDecoder, mapping: Node.Mapping) {
        self.decoder = decoder
        self.mapping = mapping
        var index: [String: Int] = [:]
        index.reserveCapacity(mapping.pairs.count)
        for (i, pair) in mapping.pairs.enumerated() { index[pair.key.value] = i }
        self.index = index
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { mapping.pairs.compactMap { Key(stringValue: $0.key.value) } }

    func contains(_ key: Key) -> Bool {
        decoder.accessedKeys?.insert(key.stringValue)
        return index[key.stringValue] != nil
    }

    func value(_ key: Key) throws -> Node {
        decoder.accessedKeys?.insert(key.stringValue)
        if let i = index[key.stringValue] { return mapping.pairs[i].value }
        guard let misspelt = misspelling(of: key) else {
            throw YAMLError.missingKey(path: decoder.path, key: key.stringValue, mapping.mark)
        }
        // A required key spelt wrongly (`peroid:` for `period:`) is reported where the typo is,
        // with the right spelling, and its value is read as the key's so that one run still
        // reports every other problem in the file.
        let pair = mapping.pairs[misspelt]
        decoder.accessedKeys?.insert(pair.key.value)
        let error = YAMLError.unknownKey(path: decoder.path, key: pair.key.value, suggestion: key.stringValue, pair.key.mark)
        guard let collector = decoder.collector else { throw error }
        collector.problems.append(error)
        return pair.value
    }

    /// The index of the pair whose key is not one the type knows and is the likely misspelling
    /// of the missing `key`, if there is one.
    private func misspelling(of key: Key) -> Int? {
        let unknown = mapping.pairs.indices.filter { Key(stringValue: mapping.pairs[$0].key.value) == nil }
        guard !unknown.isEmpty,
              let closest = Suggestion.closest(to: key.stringValue, in: unknown.map { mapping.pairs[$0].key.value })
        else { return nil }
        return unknown.first { mapping.pairs[$0].key.value == closest }
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        decoder.accessedKeys?.insert(key.stringValue)
        guard let i = index[key.stringValue] else { return true }
        return mapping.pairs[i].value.scalar?.isNull ?? false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.child(value(key), key: key).unbox(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        if try decodeNil(forKey: key) { return nil }
        return try decode(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(value(key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(value(key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder.child(value(key), key: key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: _NodeDecoder
    let sequence: Node.Sequence
    var currentIndex = 0

    init(decoder: _NodeDecoder, sequence: Node.Sequence) {
        self.decoder = decoder
        self.sequence = sequence
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { sequence.items.count }
    var isAtEnd: Bool { currentIndex >= sequence.items.count }

    mutating func next() throws -> _NodeDecoder {
        guard !isAtEnd else {
            throw YAMLError.invalidValue(path: decoder.path, message: "list has too few items", sequence.mark)
        }
        defer { currentIndex += 1 }
        return decoder.child(sequence.items[currentIndex], key: IndexKey(currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, sequence.items[currentIndex].scalar?.isNull == true else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().unbox(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: _NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.node.scalar?.isNull ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
    func decode(_ type: String.Type) throws -> String { try decoder.text() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.double()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.unbox(type) }
}
