import Assessment
import CyberYAML

/// The rules that tie the files of one assessment together: the same body, the same period,
/// the same questionnaire versions, and systems that the organisation's register lists. Each
/// broken rule is a problem at the place in the file that breaks it.
package enum ScopeRules {
    /// Problems with `member` being assessed beside `reference` (another scope of the same
    /// assessment, or the self-assessment a review is of): body, period and versions.
    package static func sameAssessment(_ member: ScopeMember, as reference: ScopeMember) -> [Problem] {
        var problems: [Problem] = []
        let a = member.answers, r = reference.answers
        if a.body.id != r.body.id {
            problems.append(Problem(file: member.file, mark: member.bodyMark, message: "body.id: this file is for body '\(a.body.id)', but \(reference.file) is for '\(r.body.id)'; the files of one assessment belong to one body"))
        }
        if a.period != r.period {
            problems.append(Problem(file: member.file, mark: member.periodMark, message: "period: this file is for \(a.period), but \(reference.file) is for \(r.period); the files of one assessment cover one period"))
        }
        for entry in a.questionnaires {
            guard let other = r.questionnaires.first(where: { $0.id == entry.id }), other.version != entry.version else { continue }
            problems.append(Problem(file: member.file, mark: entry.mark, message: "questionnaires: this file answers \(entry.id) version \(entry.version), but \(reference.file) answers version \(other.version); the files of one assessment answer the same versions"))
        }
        return problems
    }

    /// Problems with a system's file against its organisation's file: the common rules, and
    /// the system being listed in the organisation's register.
    package static func system(_ member: ScopeMember, of organisation: ScopeMember) -> [Problem] {
        var problems = sameAssessment(member, as: organisation)
        guard let id = member.answers.system else { return problems }
        let register = organisation.answers.systems
        if register.isEmpty {
            problems.append(Problem(file: member.file, mark: member.systemMark, message: "system: '\(id)' cannot be checked: \(organisation.file) lists no critical systems; add them there under 'systems:' (id, name, services, owner)"))
        } else if !register.contains(where: { $0.id == id }) {
            let ids = register.map(\.id)
            problems.append(Problem(file: member.file, mark: member.systemMark, message: "system: '\(id)' is not in the register of critical systems in \(organisation.file)\(Suggestion.hint(for: id, in: ids)); it lists \(ids.joined(separator: ", "))"))
        }
        return problems
    }

    /// Problems within the organisation's register: ids given twice.
    package static func register(of organisation: ScopeMember) -> [Problem] {
        var seen: Set<String> = []
        return organisation.answers.systems.compactMap { system in
            seen.insert(system.id).inserted ? nil
                : Problem(file: organisation.file, mark: system.mark, message: "systems: '\(system.id)' is listed twice; each critical system is listed once")
        }
    }
}
