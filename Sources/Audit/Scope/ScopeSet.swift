import Assessment
/// One body's assessment for one period: the organisation's answers file and one file per
/// critical system, checked to belong together.
package struct ScopeSet: Sendable {
    /// The organisation's own file (the one without `system`).
    package var organisation: ScopeMember
    /// The critical systems' files, in the order given.
    package var systems: [ScopeMember]

    /// Checks that `members` form one assessment: exactly one organisation file, no reviews,
    /// one file per system, every system in the register, and one body, period and set of
    /// questionnaire versions throughout.
    package init(_ members: [ScopeMember]) throws(ScopeError) {
        var problems: [Problem] = []
        for member in members where member.answers.review != nil {
            problems.append(Problem(file: member.file, mark: nil, message: "this file is an assurance review of \(member.answers.review?.of ?? "another file"); compare it with its self-assessment using 'cyberassess review SELF REVIEW', or give it to 'score' with --review"))
        }
        let assessed = members.filter { $0.answers.review == nil }
        let organisations = assessed.filter(\.answers.isOrganisation)
        guard let organisation = organisations.first else {
            problems.append(Problem(file: "", mark: nil, message: "no organisation file among \(members.map(\.file).joined(separator: ", ")): each names a critical system ('system:'); give the organisation's own answers file first"))
            throw ScopeError(problems)
        }
        for extra in organisations.dropFirst() {
            problems.append(Problem(file: extra.file, mark: extra.systemMark ?? extra.bodyMark, message: "a second organisation file (no 'system:') for \(extra.answers.body.id) \(extra.answers.period); the first is \(organisation.file). A set has one organisation file and one file per critical system; add 'system: ID' if this file assesses a system"))
        }
        problems += ScopeRules.register(of: organisation)
        var firstFile: [String: String] = [:]
        let systems = assessed.filter { !$0.answers.isOrganisation }
        for member in systems {
            problems += ScopeRules.system(member, of: organisation)
            guard let id = member.answers.system else { continue }
            if let first = firstFile[id] {
                problems.append(Problem(file: member.file, mark: member.systemMark, message: "system: a second file for '\(id)'; the first is \(first)"))
            } else {
                firstFile[id] = member.file
            }
        }
        guard problems.isEmpty else { throw ScopeError(problems) }
        self.organisation = organisation
        self.systems = systems
    }

    /// Reads the files and checks that they form one assessment.
    package static func read(_ paths: [String]) throws(ScopeError) -> ScopeSet {
        var members: [ScopeMember] = []
        for path in paths {
            do {
                members.append(try ScopeMember.read(path))
            } catch {
                throw ScopeError(error.problems)
            }
        }
        return try ScopeSet(members)
    }

    /// The register entry of a system's file (a bare entry when the register has none).
    package func registerEntry(of member: ScopeMember) -> CriticalSystem {
        let id = member.answers.system ?? ""
        return organisation.answers.systems.first { $0.id == id } ?? CriticalSystem(id: id, name: id)
    }
}
