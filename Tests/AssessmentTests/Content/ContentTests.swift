import Foundation
import TestSupport
import Testing
@testable import Assessment
import Audit

/// What the bundled questionnaires say, not only that they parse: current CAF references,
/// levels that reach the top of the scale, no question asked twice, no retired services.
@Suite struct ContentTests {
    let library: Library

    init() throws {
        library = try Library.loadStrict(directory: Repository.questionnaires)
    }

    /// Names of services and bodies that no longer exist. A question that still mentions one
    /// asks about something a council cannot do; add to the list when a service is retired.
    static let retiredNames = [
        "GCSx", "gsi.gov.uk", "gsx.gov.uk", "GSi", "Government Secure Intranet",
        "Action Fraud", "CiSP", "DLUHC", "MHCLG (formerly",
        // The NCSC closed its email and website checking services on 31 March 2026.
        "Mail Check", "Web Check", "MailCheck", "WebCheck",
    ]

    @Test func everyCAF4OutcomeIsReferencedAndNothingCitesCAF32() throws {
        let catalogue = try #require(library.catalogues["ncsc-caf-4"])
        let references = library.questionnaires.flatMap { $0.questions.flatMap(\.references) }
        let cited = Set(references.filter { $0.framework == "ncsc-caf-4" }.map(\.id))
        let missing = catalogue.items.map(\.id).filter { !cited.contains($0) }
        #expect(missing == [], "CAF 4.0 outcomes no question references: \(missing)")
        let old = library.questionnaires.flatMap { q in q.questions.filter { $0.references.contains { $0.framework == "ncsc-caf" } }.map(\.id) }
        #expect(old == [], "questions still citing CAF 3.2: \(old)")
    }

    @Test func bestAnswersReachTheTopBandInEveryDomain() throws {
        let report = try Self.scoreBestAnswers(library)
        for topic in report.topics {
            let questionnaire = try #require(library.questionnaire(topic.id))
            let top = try #require(questionnaire.bands.last)
            for domain in topic.domains {
                let score = try #require(domain.score, "\(domain.id) has no score")
                #expect(score >= top.from, "\(domain.id): every best answer scores \(score), below the \(top.name) band (\(top.from))")
            }
        }
    }

    @Test func gradedOptionsAreNestedLevelsEndingAtTheTop() throws {
        for questionnaire in library.questionnaires where questionnaire.scoring == .graded {
            for question in questionnaire.questions {
                let levels = question.answers.compactMap(\.level)
                #expect(levels == levels.sorted() && Set(levels).count == levels.count, "\(question.id): options are not in rising order of level")
                #expect(levels.first == 0, "\(question.id): the first option is not level 0")
                #expect(levels.last == questionnaire.maxLevel, "\(question.id): the best option is level \(levels.last ?? -1), not \(questionnaire.maxLevel)")
                // No level is skipped: an assessor between two options always has one to choose.
                #expect(levels == Array(0...questionnaire.maxLevel), "\(question.id): options are at levels \(levels), not at every level 0...\(questionnaire.maxLevel)")
            }
        }
        for questionnaire in library.questionnaires where questionnaire.scoring == .cumulative {
            for domain in questionnaire.domains {
                let levels = Set(domain.questions.compactMap(\.practiceLevel))
                #expect(levels == Set(1...questionnaire.maxLevel), "\(domain.id) has practices at levels \(levels.sorted()), not at every level")
            }
        }
    }

    /// `validate`'s near-duplicate rule (the same references, similar text) finds nothing in
    /// the bundled library: each fact is asked once, and reused elsewhere with `same_as`.
    @Test func noTwoQuestionsShareReferencesAndNearlyTheSameText() {
        #expect(LibraryValidator(library: library).nearDuplicateWarnings().map(\.description) == [])
        #expect(LibraryValidator(library: library).warnings().map(\.description) == [])
    }

    /// The profiles follow `docs/levels.md`: a graded or cumulative baseline is level 3 in every
    /// domain and the enhanced profile level 4; the outcome baseline expects at least *achieved*
    /// wherever every CAF reference of the outcome is one GovAssure's baseline profile requires
    /// achieved (in CAF 4.0 numbering), at least *partially achieved* elsewhere, and every
    /// outcome is in both profiles.
    @Test func profilesAreCalibratedAsLevelsMdSays() throws {
        let govAssureAchieved: Set<String> = ["A1.a", "A1.b", "A1.c", "A2.c", "A3.a", "D1.a", "D1.b", "D1.c", "D2.a", "D2.b"]
        for questionnaire in library.questionnaires {
            let baseline = try #require(questionnaire.profiles.first { $0.id == "baseline" }, "\(questionnaire.id) has no baseline profile")
            let enhanced = try #require(questionnaire.profiles.first { $0.id == "enhanced" }, "\(questionnaire.id) has no enhanced profile")
            if questionnaire.scoring == .outcome {
                for question in questionnaire.questions {
                    #expect(enhanced.outcomes[question.id] == .achieved, "\(question.id): enhanced expects \(String(describing: enhanced.outcomes[question.id]))")
                    let caf = Set(question.references.filter { $0.framework == "ncsc-caf-4" }.map(\.id))
                    let expected: OutcomeStatus = !caf.isEmpty && caf.isSubset(of: govAssureAchieved) ? .achieved : .partiallyAchieved
                    // Never below GovAssure's baseline; above it where the council-wide baseline
                    // asks more (DMARC enforcement, a current PSN certificate, access removed at exit).
                    let required = try #require(baseline.outcomes[question.id], "\(question.id) is not in the baseline profile")
                    #expect(required >= expected, "\(question.id) (CAF \(caf.sorted())): baseline expects \(required.rawValue), below \(expected.rawValue)")
                }
            } else {
                let domains = questionnaire.domains.map(\.id)
                #expect(domains.map { baseline.domains[$0] } == domains.map { _ in 3 }, "\(questionnaire.id) baseline: \(baseline.domains)")
                #expect(domains.map { enhanced.domains[$0] } == domains.map { _ in 4 }, "\(questionnaire.id) enhanced: \(enhanced.domains)")
            }
        }
    }

    /// An `applies_if` on another question's answers lists every option from the lowest level
    /// it names upwards: a council that does better than the condition's lowest answer is still
    /// asked (2.x left out IAS-DPR-06's level 4 and RES-IRX-03's level 5 this way).
    @Test func conditionsSkipNoOptionAboveTheLowestTheyList() throws {
        let questions = Dictionary(uniqueKeysWithValues: library.questionnaires.flatMap(\.questions).map { ($0.id, $0) })
        for question in library.questionnaires.flatMap(\.questions) {
            guard let condition = question.appliesIf, let home = condition.question.flatMap({ questions[$0] }) else { continue }
            let listed = home.answers.filter { condition.values.contains($0.value) }
            guard let lowest = listed.compactMap(\.level).min() else { continue }
            let skipped = home.answers.filter { ($0.level ?? -1) > lowest && !condition.values.contains($0.value) }.map(\.value)
            #expect(skipped == [], "\(question.id): applies_if on \(home.id) lists level \(lowest) but not the higher options \(skipped)")
        }
    }

    /// What a council is asked, and the statements and options it chooses between, name no
    /// vendor's product: a council on another platform must be able to answer the same way.
    /// Guidance may give products as examples.
    @Test func questionsAndAnswersNameNoVendorProduct() throws {
        let vendor = try Regex(#"\b(Microsoft|SharePoint|OneDrive|Intune|Entra|Defender|Conditional [Aa]ccess|Power BI|Azure|Purview|Exchange Online|Google Workspace|AWS)\b"#)
        for questionnaire in library.questionnaires {
            for question in questionnaire.questions {
                let indicators = question.indicators.map { $0.notAchieved + $0.partiallyAchieved + $0.achieved } ?? []
                let texts = [question.text] + question.answers.map(\.label) + indicators.map(\.text)
                for text in texts {
                    #expect(text.firstMatch(of: vendor) == nil, "\(question.id) names a vendor's product: \(text)")
                }
            }
        }
    }

    @Test func noRetiredServiceIsNamed() throws {
        let questionnaires = library.questionnaires.compactMap { library.sources[$0.id]?.path }
        #expect(questionnaires.count == 4)
        let examples = try Self.yamlFiles(under: Repository.reportExamples)
        #expect(examples.contains { $0.hasSuffix("/cycle/plan.yaml") })
        let files = questionnaires + [Repository.demoAnswers] + examples
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for name in Self.retiredNames {
                let pattern = "(?<![A-Za-z])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z])"
                let found = text.range(of: pattern, options: [.regularExpression]) != nil
                #expect(!found, "\(Repository.relative(file)) names \(name), which has been retired")
            }
        }
    }

    /// Every YAML file in `folder` and the folders below it, in a stable order.
    static func yamlFiles(under folder: String) throws -> [String] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder)
        return paths.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }

    /// The demo council's committed 1.0.0 report against its answers scored with the current
    /// library (3.0.0): the comparison still works, names the version change, and counts the
    /// questions the two editions do not share. Three editions apart, they share less than the
    /// comparability threshold, and the comparison says so instead of claiming comparability.
    @Test func comparingAFirstEditionReportWithTheSecondIsHonest() throws {
        let library = library
        let scoring = { () throws(AssessmentError) -> Library in library }
        let old = try Report.read(Repository.reportExamples + "/demo-council-1.0.0.json", scoringWith: scoring)
        let new = try Report.read(Repository.demoAnswers, scoringWith: scoring)
        #expect(old.topics.allSatisfy { $0.version == "1.0.0" })
        // Topics come in the library's order: resilience, analytics, assurance, ecosystem.
        #expect(new.topics.map(\.id) == ["cyber-resilience", "data-analytics", "information-assurance", "security-information-ecosystem"])
        #expect(new.topics.map(\.version) == ["3.0.0", "3.0.0", "3.0.0", "3.0.0"])
        let comparison = Comparison(old: old, new: new, oldSource: "demo-council-1.0.0.json", newSource: "demo-council.yaml")
        #expect(comparison.comparability.versionChanges.count == 4)
        // RES-PRT-07 left in 2.0.0; ECO-SUP-06 and ECO-REP-02 ask other facts in 2.1.0, under new ids;
        // in 2.2.0 (data analytics 2.1.0) eight more left or were replaced so that each fact has one home;
        // 3.0.0 removed none.
        #expect(comparison.comparability.onlyOld == 11)
        #expect(comparison.removedQuestions.map(\.id).sorted() == [
            "DAB-MET-03", "DAB-PRV-02", "DAB-RES-03", "ECO-REP-02", "ECO-REP-06", "ECO-SUP-02",
            "ECO-SUP-06", "ECO-THR-06", "RES-PRT-06", "RES-PRT-07", "RES-RSK-02",
        ])
        #expect(comparison.comparability.onlyNew == comparison.addedQuestions.count)
        #expect(comparison.addedQuestions.map(\.id).contains("RES-PRT-09"))
        #expect(Set(["RES-IRX-08", "IAS-DPR-08", "ECO-NAT-07", "DAB-PRV-09"]).isSubset(of: Set(comparison.addedQuestions.map(\.id))))
        #expect(comparison.comparability.share < comparison.comparability.threshold)
    }

    /// The demo council's committed 2.2.0 report (the second edition's last demo report) against
    /// its answers scored with 3.0.0: every questionnaire's version change is named, no question
    /// was removed, the six new ones are counted as not comparable, and the share in common
    /// stays above the threshold, so the year-on-year comparison is still meaningful.
    @Test func comparingASecondEditionReportWithTheThirdNamesWhatIsComparable() throws {
        let library = library
        let scoring = { () throws(AssessmentError) -> Library in library }
        let old = try Report.read(Repository.reportExamples + "/demo-council-2.2.0.json", scoringWith: scoring)
        let new = try Report.read(Repository.demoAnswers, scoringWith: scoring)
        #expect(old.topics.map(\.version) == ["2.2.0", "2.1.0", "2.1.0", "2.2.0"])
        let comparison = Comparison(old: old, new: new, oldSource: "demo-council-2.2.0.json", newSource: "demo-council.yaml")
        #expect(comparison.comparability.versionChanges.count == 4)
        #expect(comparison.comparability.onlyOld == 0)
        #expect(comparison.removedQuestions.isEmpty)
        #expect(comparison.addedQuestions.map(\.id).sorted() == ["DAB-MON-07", "DAB-PRV-09", "ECO-NAT-07", "ECO-SUP-09", "IAS-DPR-08", "RES-IRX-08"])
        #expect(comparison.comparability.onlyNew == 6)
        #expect(comparison.comparability.share < 1)
        #expect(comparison.comparability.share > comparison.comparability.threshold)
    }

    /// The report for a body that picks every question's best answer: the highest option,
    /// every practice met, every Achieved indicator agreed.
    static func scoreBestAnswers(_ library: Library) throws -> Report {
        var lines = [
            "body: {id: E99999999, name: Best Answers Council, type: unitary}",
            "period: 2026-27",
            "date: 2026-10-01",
            "questionnaires:",
        ]
        lines += library.questionnaires.map { "  \($0.id): \($0.version)" }
        lines.append("answers:")
        let reused = library.questionnaires.reusedQuestionIDs
        for questionnaire in library.questionnaires {
            for question in questionnaire.questions where !reused.contains(question.id) {
                switch questionnaire.scoring {
                case .outcome:
                    let achieved = question.indicators?.achieved.map(\.id) ?? []
                    lines.append("  \(question.id): {agreed: [\(achieved.joined(separator: ", "))]}")
                case .cumulative:
                    let met = question.answers.first { $0.met == true }?.value ?? "met"
                    lines.append("  \(question.id): \(met)")
                default:
                    let best = question.answers.max { ($0.level ?? 0) < ($1.level ?? 0) }
                    lines.append("  \(question.id): \(best?.value ?? "")")
                }
            }
        }
        return try withTemporaryDirectory { folder in
            let file = folder + "/best.yaml"
            try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            return try Scorer(library: library).score(file: file)
        }
    }
}
