import TestSupport
import Testing
@testable import Assessment

/// The facts that the bundled library once asked in several questionnaires. Each now has one
/// home; the other questions in its group either reuse the home's answer with `same_as` or ask
/// a different fact of their own. A question that drifts back to the home's references or
/// wording fails here, by name, before it reaches a council's overall score twice.
@Suite struct FactHomeTests {
    /// One fact, the question that asks it, and the questions near it that must stay distinct.
    struct Group: Sendable, CustomTestStringConvertible {
        let fact: String
        let home: String
        let others: [String]
        var members: [String] { [home] + others }
        var testDescription: String { fact }
    }

    static let groups: [Group] = [
        Group(fact: "supplier security terms", home: "RES-RSK-04", others: ["ECO-SUP-08", "IAS-SHR-02", "IAS-SHR-04"]),
        Group(fact: "recovery objectives", home: "RES-REC-04", others: ["DAB-RES-08"]),
        Group(fact: "central logging and alerting", home: "DAB-LOG-01", others: ["DAB-MON-01", "DAB-MON-04"]),
        Group(fact: "threat intelligence", home: "ECO-THR-01", others: ["ECO-THR-02", "ECO-THR-07"]),
        Group(fact: "exercising", home: "RES-IRX-02", others: ["ECO-REP-08"]),
        Group(fact: "reporting to leaders and members", home: "RES-GOV-03", others: ["ECO-THR-07", "DAB-MET-07", "IAS-AUD-05"]),
        Group(fact: "DPIAs", home: "IAS-DPR-02", others: ["DAB-PRV-08"]),
        // 3.0.0: near-duplicates the review found, each given one home.
        Group(fact: "protective DNS", home: "ECO-NCS-02", others: ["RES-PRT-04"]),
        Group(fact: "media and equipment sanitisation", home: "IAS-REC-02", others: ["RES-AST-04"]),
        Group(fact: "email transport encryption", home: "ECO-NAT-02", others: ["ECO-NCS-03"]),
        Group(fact: "external incident response support", home: "RES-IRX-03", others: ["ECO-REP-03", "RES-IRX-04"]),
        Group(fact: "segments for building and operational systems", home: "RES-AST-05", others: ["RES-PRT-05", "RES-PRT-12"]),
        Group(fact: "external notification duties", home: "ECO-REP-01", others: ["RES-IRX-06", "ECO-REP-08"]),
        Group(fact: "supplier assurance during a contract", home: "RES-RSK-05", others: ["ECO-SUP-03"]),
        Group(fact: "external vulnerability scanning", home: "ECO-NCS-04", others: ["RES-PRT-02"]),
        Group(fact: "ransomware reporting", home: "RES-IRX-08", others: ["ECO-REP-03"]),
        Group(fact: "unsupported software", home: "RES-AST-04", others: ["ECO-SUP-09"]),
        Group(fact: "essential functions and CAF scope", home: "RES-GOV-06", others: ["ECO-NAT-07"]),
    ]

    /// Questions that asked a fact its home now asks: removed, or replaced under a new id
    /// because the replacement asks something else (`compare` counts them as removed).
    static let retiredIDs = ["RES-RSK-02", "RES-PRT-06", "ECO-SUP-02", "ECO-REP-06", "ECO-THR-06", "DAB-MET-03", "DAB-PRV-02", "DAB-RES-03"]

    let questions: [String: Question]

    init() throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        questions = Dictionary(uniqueKeysWithValues: library.questionnaires.flatMap(\.questions).map { ($0.id, $0) })
    }

    @Test(arguments: groups) func everyQuestionInTheGroupAsksItsOwnFact(_ group: Group) throws {
        for id in group.members {
            #expect(questions[id] != nil, "\(group.fact): \(id) is not in the library; update the group if it moved")
        }
        let members = group.members.compactMap { questions[$0] }
        for (i, a) in members.enumerated() {
            for b in members[(i + 1)...] where !Self.reused(a, b) {
                #expect(Self.references(a) != Self.references(b), "\(group.fact): \(a.id) and \(b.id) cite the same references")
                let similarity = LibraryValidator.similarity(LibraryValidator.words(a.text), LibraryValidator.words(b.text))
                #expect(similarity < LibraryValidator.nearDuplicateThreshold, "\(group.fact): \(a.id) and \(b.id) share \(Int(similarity * 100))% of their words")
            }
        }
    }

    @Test func retiredQuestionsAreNotAskedAgainUnderTheirOldIDs() {
        #expect(Self.retiredIDs.filter { questions[$0] != nil } == [])
    }

    static func reused(_ a: Question, _ b: Question) -> Bool {
        a.sameAs?.question == b.id || b.sameAs?.question == a.id
    }

    static func references(_ question: Question) -> Set<String> {
        Set(question.references.map { "\($0.framework) \($0.id)" })
    }
}
