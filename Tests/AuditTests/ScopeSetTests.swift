import Foundation
import CyberYAML
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// An organisation's file and its critical systems' files: what makes them one assessment, and
/// the refusals, each at its place, when they are not.
@Suite struct ScopeSetTests {
    static let library = try! Library.loadStrict(directory: Repository.questionnaires)
    static let cycle = Repository.reportExamples + "/cycle"

    /// A member read from YAML text, as if from `file`.
    static func member(_ yaml: String, file: String) throws -> ScopeMember {
        let source = SourceFile(path: file, bytes: Array(yaml.utf8))
        let (answers, node) = try source.decodeAnswers()
        return ScopeMember(file: file, sha256: source.sha256, answers: answers, node: node)
    }

    static func answers(body: String = "E1", period: String = "2026-27", version: String = "3.0.0", system: String? = nil, register: Bool = false) -> String {
        var text = """
            body: {id: \(body), name: Council}
            period: \(period)
            date: 2026-10-01
            questionnaires: {security-information-ecosystem: \(version)}

            """
        if let system { text += "system: \(system)\n" }
        if register { text += "systems:\n  - {id: CS-A, name: System A, services: [Tax], owner: Head of Tax}\n  - {id: CS-B, name: System B}\n" }
        return text + "answers:\n  ECO-THR-01: {agreed: [PA1, PA2]}\n"
    }

    @Test func organisationAndSystemsFormOneSet() throws {
        let set = try ScopeSet([
            Self.member(Self.answers(system: "CS-A"), file: "a.yaml"),
            Self.member(Self.answers(register: true), file: "org.yaml"),
            Self.member(Self.answers(system: "CS-B"), file: "b.yaml"),
        ])
        #expect(set.organisation.file == "org.yaml")
        #expect(set.systems.map(\.file) == ["a.yaml", "b.yaml"])
        #expect(set.registerEntry(of: set.systems[0]) == CriticalSystem(id: "CS-A", name: "System A", services: ["Tax"], owner: "Head of Tax"))
    }

    @Test func mismatchedBodyPeriodAndVersionAreRefusedWhereTheyAreWritten() throws {
        let error = #expect(throws: ScopeError.self) {
            try ScopeSet([
                Self.member(Self.answers(register: true), file: "org.yaml"),
                Self.member(Self.answers(body: "E2", system: "CS-A"), file: "a.yaml"),
                Self.member(Self.answers(period: "2025-26", version: "0.9.0", system: "CS-B"), file: "b.yaml"),
            ])
        }
        #expect(error?.problems.map(\.description) == [
            "a.yaml:1:12: body.id: this file is for body 'E2', but org.yaml is for 'E1'; the files of one assessment belong to one body",
            "b.yaml:2:9: period: this file is for 2025-26, but org.yaml is for 2026-27; the files of one assessment cover one period",
            "b.yaml:4:18: questionnaires: this file answers security-information-ecosystem version 0.9.0, but org.yaml answers version 3.0.0; the files of one assessment answer the same versions",
        ])
    }

    @Test func systemsMustBeInTheRegisterOnceEach() throws {
        let error = #expect(throws: ScopeError.self) {
            try ScopeSet([
                Self.member(Self.answers(register: true), file: "org.yaml"),
                Self.member(Self.answers(system: "CS-C"), file: "c.yaml"),
                Self.member(Self.answers(system: "CS-A"), file: "a.yaml"),
                Self.member(Self.answers(system: "CS-A"), file: "a2.yaml"),
            ])
        }
        #expect(error?.problems.map(\.description) == [
            "a2.yaml:5:9: system: a second file for 'CS-A'; the first is a.yaml",
            "c.yaml:5:9: system: 'CS-C' is not in the register of critical systems in org.yaml (did you mean 'CS-A'?); it lists CS-A, CS-B",
        ])
    }

    @Test func aSetNeedsExactlyOneOrganisationFile() throws {
        let none = #expect(throws: ScopeError.self) { try ScopeSet([Self.member(Self.answers(system: "CS-A"), file: "a.yaml")]) }
        #expect(none?.problems.first?.message.hasPrefix("no organisation file among a.yaml") == true)
        let two = #expect(throws: ScopeError.self) {
            try ScopeSet([Self.member(Self.answers(register: true), file: "org.yaml"), Self.member(Self.answers(), file: "again.yaml")])
        }
        #expect(two?.problems.first?.description.hasPrefix("again.yaml:1:12: a second organisation file (no 'system:') for E1 2026-27; the first is org.yaml") == true)
    }

    @Test func validateChecksSystemsAgainstTheirOrganisationButLeavesManyBodiesAlone() throws {
        try withTemporaryDirectory { dir in
            try Self.answers(register: true).write(toFile: dir + "/org.yaml", atomically: true, encoding: .utf8)
            try Self.answers(body: "E9").write(toFile: dir + "/other-body.yaml", atomically: true, encoding: .utf8)
            try Self.answers(period: "2025-26", system: "CS-A").write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
            let outcome = Validation.check(paths: [dir], fallbackLibrary: { Self.library })
            #expect(outcome.problems.map(\.description) == [
                dir + "/a.yaml:2:9: period: this file is for 2025-26, but \(dir)/org.yaml is for 2026-27; the files of one assessment cover one period",
            ])
            try Self.answers(system: "CS-A").write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
            #expect(Validation.check(paths: [dir], fallbackLibrary: { Self.library }).problems.isEmpty)
        }
    }

    @Test func theExampleSetIsValid() throws {
        let outcome = Validation.check(paths: [Self.cycle], fallbackLibrary: { Self.library })
        #expect(outcome.problems.map(\.description) == [])
    }
}
