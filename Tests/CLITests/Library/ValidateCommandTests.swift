import Foundation
import TestSupport
import Testing

@Suite struct ValidateCommandTests {
    @Test func reportsEveryMistakeWithLineAndColumn() throws {
        try withTemporaryDirectory { dir in
            let file = dir + "/answers.yaml"
            try """
                body: {id: E1, name: Test Council}
                period: 2026-27
                date: 2026-10-01
                questionnaires: {cyber-resilience: 3.0.0}
                answers:
                  RES-REC-01: sometimes
                  RES-REC-99: full
                  RES-REC-06: na

                """.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["validate", file, "--questionnaires", Repository.questionnaires])
            #expect(result.status == 1)
            #expect(result.stdout == """
                \(file):6:15: answers.RES-REC-01: 'sometimes' is not an option; expected one of: none, partial, listed, critical, reconciled, complete
                \(file):7:3: answers: unknown question id 'RES-REC-99' (did you mean 'RES-REC-01'?)
                \(file):8:15: answers.RES-REC-06: 'na' needs a written justification; add 'justification: ...' saying why the question does not apply

                """)
            #expect(result.stderr == "answers checked against \(Repository.questionnaires)\n1 file checked, 3 problems\n")
        }
    }

    @Test func bundledLibraryIsClean() throws {
        let result = try CLIRunner.run(["validate", Repository.questionnaires])
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test func usageErrorExitsTwo() throws {
        let result = try CLIRunner.run(["validate", "--format", "xml", "x.yaml"])
        #expect(result.status == 2)
    }

    @Test func jsonFormatListsProblems() throws {
        try withTemporaryDirectory { dir in
            let file = dir + "/q.yaml"
            try "id: [unclosed\n".write(toFile: file, atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["validate", "--format", "json", file])
            #expect(result.status == 1)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let problems = json?["problems"] as? [[String: Any]]
            #expect(problems?.count == 1)
            #expect(problems?.first?["line"] as? Int == 2)
        }
    }
}
