import CyberYAML

/// One problem found in a file: where it is and what to do about it. `validate` collects
/// every problem rather than stopping at the first.
public struct Problem: Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, mark: Mark?, message: String) {
        self.file = file
        self.line = mark?.line
        self.column = mark?.column
        self.message = message
    }

    public init(file: String, error: YAMLError) {
        self.init(file: file, mark: error.mark, message: error.message)
    }

    /// `file:line:column: message`, leaving out what is not known.
    public var description: String {
        guard !file.isEmpty else { return message }
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}

/// Problems sort by file, then position.
extension Problem: Comparable {
    public static func < (a: Problem, b: Problem) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.line ?? 0, b.column ?? 0, b.message)
    }
}

extension Problem {
    /// How many problems are listed for one file; the rest are counted on one line.
    public static let listedPerFile = 100

    /// `problems` in their order with at most `limit` per file: each file's further problems
    /// become one line, "… and N more problems in this file", after its last listed one.
    public static func capped(_ problems: [Problem], perFile limit: Int = listedPerFile) -> [Problem] {
        var listed: [String: Int] = [:]
        var more: [String: Int] = [:]
        var kept: [Problem] = []
        var lastKept: [String: Int] = [:]
        for problem in problems {
            if listed[problem.file, default: 0] < limit {
                listed[problem.file, default: 0] += 1
                lastKept[problem.file] = kept.count
                kept.append(problem)
            } else {
                more[problem.file, default: 0] += 1
            }
        }
        guard !more.isEmpty else { return kept }
        for (file, count) in more.sorted(by: { lastKept[$0.key]! > lastKept[$1.key]! }) {
            let line = Problem(file: file, mark: nil, message: "… and \(count) more problem\(count == 1 ? "" : "s") in this file")
            kept.insert(line, at: lastKept[file]! + 1)
        }
        return kept
    }
}
