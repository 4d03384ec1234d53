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
