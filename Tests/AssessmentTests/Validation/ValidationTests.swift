import Foundation
import TestSupport
import Testing
@testable import Assessment
import Audit

/// Each validation rule, with its exact message and position.
@Suite struct ValidationTests {
    /// Writes files into a fresh folder and validates the folder.
    func validate(_ files: [String: String]) throws -> [String] {
        try withTemporaryDirectory { dir in
            try FixtureFiles.write("""
                framework: fw
                title: Test framework
                items: [{id: F.1, title: One}, {id: F.2, title: Two}]
                """, to: dir + "/frameworks/fw.yaml")
            for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
            let (problems, _) = Validation.run(paths: [dir], fallbackLibrary: { () throws(AssessmentError) in Library() })
            return problems.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        }
    }

    static let header = """
        id: q
        version: 1.0.0
        title: Q
        topic: resilience
        scale: [{level: 0, name: Zero}, {level: 1, name: One}, {level: 2, name: Two}]
        target: 2

        """

    @Test func cleanQuestionnaireHasNoProblems() throws {
        #expect(try validate(["q.yaml": Self.header + """
            domains:
              - id: D
                title: D
                questions:
                  - id: Q-1
                    text: One
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
                    references: {fw: F.1}
            """]) == [])
    }

    @Test func levelOutsideTheScale() throws {
        #expect(try validate(["q.yaml": Self.header + """
            domains:
              - id: D
                title: D
                questions:
                  - id: Q-1
                    text: One
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 7}]
            """]) == ["q.yaml:11:9: question Q-1: option 'yes' has level 7, which is not on the scale 0..2"])
    }

    @Test func duplicateQuestionIdsAcrossTheLibrary() throws {
        let domain = """
            domains:
              - id: DOMAIN
                title: D
                questions:
                  - id: Q-1
                    text: One
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
            """
        let problems = try validate([
            "a.yaml": Self.header + domain,
            "b.yaml": Self.header.replacingOccurrences(of: "id: q\n", with: "id: q2\n") + domain.replacingOccurrences(of: "DOMAIN", with: "OTHER"),
        ])
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("b.yaml:11:9: question id 'Q-1' is already used at ") == true)
        #expect(problems.first?.hasSuffix("a.yaml:11:9; question ids must be unique across the library") == true)
    }

    @Test func unknownReferenceWithSuggestion() throws {
        #expect(try validate(["q.yaml": Self.header + """
            domains:
              - id: D
                title: D
                questions:
                  - id: Q-1
                    text: One
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
                    references: {fw: F.3, fx: F.1}
            """]) == [
                "q.yaml:14:26: question Q-1: fw has no identifier 'F.3' (did you mean 'F.1'?); see the fw catalogue",
                "q.yaml:14:35: question Q-1: reference to unknown framework 'fx' (did you mean 'fw'?); known frameworks: fw",
            ])
    }

    @Test func appliesIfMissingQuestionAndCycle() throws {
        let problems = try validate(["q.yaml": Self.header + """
            domains:
              - id: D
                title: D
                questions:
                  - id: Q-1
                    text: One
                    applies_if: {question: Q-2, in: [yes]}
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
                  - id: Q-2
                    text: Two
                    applies_if: {question: Q-1, in: [maybe]}
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
                  - id: Q-3
                    text: Three
                    applies_if: {question: Q-9, in: [yes]}
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
            """])
        #expect(problems == [
            "q.yaml:13:21: applies_if forms a cycle: Q-1 -> Q-2 -> Q-1; break it so each question depends on an earlier one",
            "q.yaml:17:21: question Q-2: applies_if value 'maybe' is not an option of Q-1; options are no, yes",
            "q.yaml:21:21: question Q-3: applies_if names unknown question 'Q-9' (did you mean 'Q-1'?)",
        ])
    }

    /// One domain of two questions, the second allowing N/A, for the answers-file tests.
    static let twoQuestions = header + """
        domains:
          - id: D
            title: D
            questions:
              - id: Q-1
                text: One
                answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
              - id: Q-2
                text: Two
                allow_na: true
                answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
        """

    @Test func answersProblemsAreAllReported() throws {
        let questionnaire = Self.twoQuestions
        let answers = """
            body: {id: B, name: Body}
            period: 2026-27
            date: 2026-10-01
            questionnaires: {q: 0.9.0}
            answers:
              Q-1: na
              Q-2: {answer: na}
              Q-3: yes
              Q-1x: {answer: yes, comentt: typo}
            """
        #expect(try validate(["q.yaml": questionnaire, "a.yaml": answers]) == [
            "a.yaml:4:18: questionnaires: answers were written for q version 0.9.0, but the library has version 1.0.0; re-run 'cyberassess init' or use the matching library",
            "a.yaml:6:8: answers.Q-1: 'na' is not allowed for this question; choose one of: no, yes",
            "a.yaml:7:8: answers.Q-2: 'na' needs a written justification; add 'justification: ...' saying why the question does not apply",
            "a.yaml:8:3: answers: unknown question id 'Q-3' (did you mean 'Q-1'?)",
            "a.yaml:9:3: answers: unknown question id 'Q-1x' (did you mean 'Q-1'?)",
            "a.yaml:9:23: answers.Q-1x: unknown key 'comentt' (did you mean 'comment'?)",
        ])
    }

    @Test func misspeltRequiredKeyKeepsItsSuggestionAndOtherProblems() throws {
        let questionnaire = Self.twoQuestions
        let answers = """
            body: {id: B, name: Body, type: distrct}
            peroid: 2026-27
            date: 2026-10-01
            questionnaires: {q: 1.0.0}
            answers:
              Q-1: yse
            """
        let problems = try validate(["q.yaml": questionnaire, "a.yaml": answers])
        #expect(problems.contains("a.yaml:2:1: unknown key 'peroid' (did you mean 'period'?)"))
        #expect(problems.contains { $0.hasPrefix("a.yaml:1:") && $0.contains("body.type") })
        #expect(problems.contains { $0.hasPrefix("a.yaml:6:8: answers.Q-1: 'yse' is not an option (did you mean 'yes'?)") })
        #expect(problems.count == 3)
    }

    @Test func scaleBandsAndProfilesAreChecked() throws {
        let text = """
            id: q
            version: 1.0.0
            title: Q
            topic: resilience
            scale: [{level: 0, name: Zero}, {level: 2, name: Two}]
            target: 3
            bands: [{name: Low, from: 0, to: 1}, {name: High, from: 0.5, to: 2}]
            profiles: [{id: p, domains: {DX: 1}}]
            domains:
              - id: D
                title: D
                questions:
                  - id: Q-1
                    text: One
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]
            """
        #expect(try validate(["q.yaml": text]) == [
            "q.yaml:1:1: bands: 'High' (from 0.5) overlaps 'Low' (to 1.0); bounds are inclusive, so make them disjoint",
            "q.yaml:1:1: profile p: unknown domain 'DX' (did you mean 'D'?)",
            "q.yaml:1:1: scale: expected levels 0, 1, 2, ... in order, found 0, 2",
            "q.yaml:1:1: target: expected a level on the scale 0..2, found 3",
        ])
    }

    /// Ids that were accepted: empty, leaving a folder, hiding a file, carrying ESC; and two
    /// profiles with one id, of which `--profile` silently took the first.
    @Test func idsThatAreNotIdsAndDuplicateProfilesAreRefused() throws {
        let text = """
            id: ../../x
            version: 1.0.0
            title: Q
            topic: resilience
            scale: [{level: 0, name: Zero}, {level: 1, name: One}]
            target: 1
            profiles: [{id: base, domains: {D: 1}}, {id: base, domains: {D: 0}}, {id: "", domains: {D: 1}}]
            domains:
              - id: .D
                title: D
                questions:
                  - id: "Q\\e1"
                    text: One
                    answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 1}]
            """
        let problems = try validate(["q.yaml": text])
        #expect(problems.contains("q.yaml:1:1: questionnaire id '../../x' starts with '.'; an id starts with a letter or digit"))
        #expect(problems.contains("q.yaml:9:5: domain id '.D' starts with '.'; an id starts with a letter or digit"))
        #expect(problems.contains { $0.hasPrefix("q.yaml:12:9: question id 'Q") && $0.hasSuffix("holds characters other than letters, digits, '.', '-' and '_' (spaces, '/', control characters or non-ASCII letters); use only those") })
        #expect(problems.contains("q.yaml:1:1: profile id 'base' is used twice in ../../x; '--profile base' would take the first silently, so give each profile its own id"))
        #expect(problems.contains("q.yaml:1:1: profile id '' is empty; give an id of letters, digits, '.', '-' and '_'"))
    }

    @Test func typeErrorsNameTheirPath() throws {
        #expect(try validate(["q.yaml": Self.header + """
            domains:
              - id: D
                title: D
                weight: high
                questions: []
            """]) == ["q.yaml:10:13: domains[0].weight: expected a number, found \"high\""])
    }
}
