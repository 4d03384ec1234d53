import Assessment
import CyberYAML

/// An assessment set (organisation, critical systems, reviews, plan) that does not hold
/// together: every problem, each at its file, line and column where known.
package struct ScopeError: DiagnosticError, Sendable, Equatable {
    /// What is wrong, in file order.
    package var problems: [Problem]

    /// An error listing `problems`.
    package init(_ problems: [Problem]) { self.problems = problems.sorted() }

    /// One problem about a file, at its first line when no better place is known.
    package init(file: String, mark: Mark? = nil, _ message: String) {
        problems = [Problem(file: file, mark: mark, message: message)]
    }

    package var description: String { problems.map(\.description).joined(separator: "\n") }
}
