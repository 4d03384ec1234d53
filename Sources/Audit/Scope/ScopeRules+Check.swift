import Assessment
extension ScopeRules {
    /// The set-level checks `validate` runs over the answers files it is given. Nothing is
    /// checked unless some file names a critical system; then each system's file is checked
    /// against the organisation's file of its body (and period), so a folder of many bodies
    /// still validates, while a system filed with another body's or period's file does not.
    package static func check(_ members: [ScopeMember]) -> (problems: [Problem], warnings: [Problem]) {
        let assessed = members.filter { $0.answers.review == nil }
        let systems = assessed.filter { !$0.answers.isOrganisation }
        guard !systems.isEmpty else { return ([], []) }
        let organisations = assessed.filter(\.answers.isOrganisation)
        var problems: [Problem] = []
        var warnings: [Problem] = []
        var firstFile: [String: String] = [:]
        for member in systems {
            let a = member.answers
            let sameBody = organisations.filter { $0.answers.body.id == a.body.id }
            guard let first = sameBody.first else {
                if organisations.isEmpty {
                    warnings.append(Problem(file: member.file, mark: member.systemMark, message: "system: checked without the organisation's file, so the register, period and versions are not checked; validate it together with that file"))
                } else {
                    let bodies = Set(organisations.map(\.answers.body.id)).sorted().joined(separator: ", ")
                    problems.append(Problem(file: member.file, mark: member.bodyMark, message: "body.id: this system's file is for body '\(a.body.id)', but the organisation files checked with it are for \(bodies); the files of one assessment belong to one body"))
                }
                continue
            }
            problems += system(member, of: sameBody.first { $0.answers.period == a.period } ?? first)
            let key = "\(a.body.id)\u{0}\(a.period)\u{0}\(a.system ?? "")"
            if let earlier = firstFile[key] {
                problems.append(Problem(file: member.file, mark: member.systemMark, message: "system: a second file for '\(a.system ?? "")' of \(a.body.id) \(a.period); the first is \(earlier)"))
            } else {
                firstFile[key] = member.file
            }
        }
        for organisation in organisations where systems.contains(where: { $0.answers.body.id == organisation.answers.body.id }) {
            problems += register(of: organisation)
        }
        return (problems, warnings)
    }
}
