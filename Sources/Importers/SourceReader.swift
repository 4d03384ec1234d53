import Assessment
import CyberYAML

/// Reads a parsed source document for an importer: collects errors (which stop the import)
/// and notices (which do not) with their line and column, so one bad spot does not hide the
/// others and nothing is left out without a word.
struct SourceReader {
    let file: String
    private(set) var errors: [Problem] = []
    private(set) var notices: [Problem] = []
    /// Keys left out, counted by the path they were found under, with the first place seen.
    private var ignored: [String: (mark: Mark, count: Int)] = [:]
    private var ignoredOrder: [String] = []

    init(file: String) { self.file = file }

    mutating func error(_ mark: Mark?, _ message: String) {
        errors.append(Problem(file: file, mark: mark, message: message))
    }

    mutating func note(_ mark: Mark?, _ message: String) {
        notices.append(Problem(file: file, mark: mark, message: message))
    }

    /// Records that `key` was not carried over; one notice per key names how often.
    mutating func ignore(_ key: String, under context: String, at mark: Mark) {
        let name = context.isEmpty ? key : "\(context).\(key)"
        if let seen = ignored[name] {
            ignored[name] = (seen.mark, seen.count + 1)
        } else {
            ignored[name] = (mark, 1)
            ignoredOrder.append(name)
        }
    }

    /// Notes every key of `mapping` outside `known` as left out.
    mutating func ignoreOthers(in mapping: Node.Mapping, known: Set<String>, context: String) {
        for pair in mapping.pairs where !known.contains(pair.key.value) {
            ignore(pair.key.value, under: context, at: pair.key.mark)
        }
    }

    /// The notices, with one line per kind of key left out.
    var allNotices: [Problem] {
        notices + ignoredOrder.map { name in
            let (mark, count) = ignored[name]!
            let times = count == 1 ? "" : " (\(count) times; the first is here)"
            return Problem(file: file, mark: mark, message: "not imported: '\(name)'\(times); cyberassess has no place for it")
        }
    }

    /// The mapping `node` holds, or an error naming what was expected.
    mutating func mapping(_ node: Node?, _ what: String, at mark: Mark) -> Node.Mapping? {
        guard let node else {
            error(mark, "missing \(what)")
            return nil
        }
        guard case .mapping(let m) = node else {
            error(node.mark, "\(what): expected a mapping, found \(node.found)")
            return nil
        }
        return m
    }

    /// The text of a scalar value, or an error when it is missing or not text.
    mutating func text(_ mapping: Node.Mapping, _ key: String, _ context: String) -> String? {
        guard let value = mapping[key] else {
            error(mapping.mark, "\(context): missing '\(key)'")
            return nil
        }
        guard let text = value.text else {
            error(value.mark, "\(context).\(key): expected text, found \(value.found)")
            return nil
        }
        return text
    }

    /// The text of an optional scalar value; a non-scalar is an error.
    mutating func optionalText(_ mapping: Node.Mapping, _ key: String, _ context: String) -> String? {
        guard let value = mapping[key] else { return nil }
        if case .scalar(let s) = value { return s.isNull ? nil : s.value }
        error(value.mark, "\(context).\(key): expected text, found \(value.found)")
        return nil
    }
}
