import Testing
@testable import Reports

@Suite struct CSVTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("") == "")
    }

    @Test func defusesFormulas() {
        #expect(CSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSV.field("+1") == "'+1")
        #expect(CSV.field("-cmd") == "'-cmd")
        #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.field("\tx") == "'\tx")
        #expect(CSV.field("\rx") == "\"'\rx\"")
        #expect(CSV.field("-") == "'-")
    }

    @Test func leavesPlainNumbersAlone() {
        #expect(CSV.field("-1.5") == "-1.5")
        #expect(CSV.field("-2") == "-2")
        #expect(CSV.field("-2+3") == "'-2+3")
        #expect(CSV.field("-1.") == "'-1.")
    }

    @Test func rowEndsWithCRLF() {
        #expect(CSV.row(["a", "b,c", "=1"]) == "a,\"b,c\",'=1\r\n")
    }

    @Test func questionCSVHasOneRowPerQuestion() throws {
        var report = Sample.report
        report.peers = nil // peer columns: PeerSectionsTests
        let csv = try ReportRenderer.render(report, as: .csv).text
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.count == 7) // header, five questions, and the empty string after the last CRLF
        #expect(rows.last == "")
        #expect(rows[0] == "body_id,body_name,topic,questionnaire,domain,question,text,status,answer,label,level,target,gap,weight,references,comment,evidence,justification,report_status")
        #expect(rows[1] == "E07000999,Testshire <script>alert(1)</script> Council,cyber,cyber-resilience,gov,GOV-1,Is there a board-level owner? |pipe|,answered,yes-named,\"'=HYPERLINK(\"\"x\"\")\",3,3,0,1,ncsc-caf:A1.a; iso27001:5.1,\"Owner is the CEO \"\"quotes\"\"\",\"Board minutes — SharePoint/Board (2022-01-10, stale)\",,final")
        #expect(rows[2] == "E07000999,Testshire <script>alert(1)</script> Council,cyber,cyber-resilience,gov,GOV-2,Is the policy reviewed yearly?,not-applicable,,,,3,,0.5,,,,No policy team <script>alert(1)</script>,final")
        #expect(rows[5] == "E07000999,Testshire <script>alert(1)</script> Council,caf,caf-outcomes,b5,B5-a,Resilience preparation,answered,partially-achieved,Partially achieved,3,5,2,1,ncsc-caf:B5.a,,,,final")
    }

    /// Comment, evidence and justification come from the council's answers, so a formula in
    /// them is defused like any other cell; a draft says so on every row.
    @Test func questionCSVDefusesFormulasInCommentEvidenceAndJustification() throws {
        var report = Sample.draft
        report.peers = nil // peer columns: PeerSectionsTests
        report.topics[0].domains[0].questions[0].comment = "=1+2"
        report.topics[0].domains[0].questions[0].evidence[0].title = "@SUM(A1)"
        report.topics[0].domains[0].questions[0].evidence[0].location = nil
        report.topics[0].domains[0].questions[0].evidence[0].date = nil
        report.topics[0].domains[0].questions[0].evidence[0].stale = false
        report.topics[0].domains[0].questions[1].justification = "+cmd|' /C calc'!A0"
        let rows = try ReportRenderer.render(report, as: .csv).text.components(separatedBy: "\r\n")
        #expect(rows[1].hasSuffix(",ncsc-caf:A1.a; iso27001:5.1,'=1+2,'@SUM(A1),,draft"))
        #expect(rows[2].hasSuffix(",,,'+cmd|' /C calc'!A0,draft"))
        #expect(rows.dropFirst().dropLast().allSatisfy { $0.hasSuffix(",draft") })
    }

    @Test func planCSVLeavesOwnerDueDateAndStatusEmpty() throws {
        let csv = try ReportRenderer.render(Sample.report, as: .planCSV).text
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.count == 3)
        #expect(rows[0] == "rank,priority,question,topic,questionnaire,domain,current_level,target,recommendation,evidence_to_gather,references,owner,due_date,status,report_status")
        // `topic` is the topic id and `questionnaire` the questionnaire id, as in the per-question CSV.
        #expect(rows[1] == "1,3.00,INC-1,cyber,cyber-resilience,inc,0,3,Write and exercise an incident response plan now,Plan document; Exercise report,ncsc-caf:D1.a,,,,final")
    }
}
