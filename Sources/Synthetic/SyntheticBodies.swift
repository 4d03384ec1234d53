import Assessment
import CyberYAML
import Foundation
import Platform
import Synchronization

/// Plausible answers files for fictional bodies, for trying `batch`, for tests and for the
/// throughput benchmark.
///
/// Body `index` depends only on the seed, the index and the library, through a SplitMix64
/// stream of its own, so the same seed always gives byte-identical files and bodies can be
/// made in parallel. Each body has a type and region, a maturity that its topics and domains
/// vary around (so scores correlate within a body), a few `na` answers with justifications,
/// sometimes unanswered questions, and comments and evidence with dates, some of them stale.
package struct SyntheticBodies: Sendable {
    package let library: Library
    package let seed: UInt64
    package var period = "2026-27"

    package init(library: Library, seed: UInt64) {
        self.library = library
        self.seed = seed
    }

    /// The file name of body `index`: its id.
    package func fileName(_ index: Int) -> String { Self.id(index, type: bodyType(index)) + ".yaml" }

    /// The YAML text of body `index`.
    package func yaml(_ index: Int) throws(YAMLError) -> String {
        let answers = self.answers(index)
        return try Emitter.emit(ordered(answers.node(blanks: blanks(index, answers: answers))), header: """
            A fictional body made by `cyberassess generate --seed \(seed)` (body \(index + 1)).
            Not a real council: for trying `cyberassess batch`, for tests and for benchmarks.
            """)
    }

    /// Writes bodies 0..<count into `folder` in parallel and returns their paths in order.
    /// With `durable`, each file is written atomically and synced (`AtomicFile`); without,
    /// plainly, which is much faster for a throw-away benchmark corpus.
    package func write(count: Int, to folder: String, durable: Bool = true, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws(AssessmentError) -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw .unwritable(path: folder, reason: "a file is in the way; give a folder to write the answers files into")
        }
        do throws(FileWriteError) {
            try Folder.create(folder)
        } catch {
            throw AssessmentError(error)
        }
        let failure = FirstFailure()
        let chunks = max(1, min(count, jobs * 8))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in stride(from: chunk, to: count, by: chunks) where !failure.isSet {
                let path = folder + "/" + fileName(index)
                do throws(AssessmentError) {
                    let text: String
                    do throws(YAMLError) {
                        text = try yaml(index)
                    } catch {
                        throw .encoding(path: path, reason: error.message)
                    }
                    if durable {
                        do throws(FileWriteError) {
                            try AtomicFile.write(text, to: path)
                        } catch {
                            throw AssessmentError(error)
                        }
                    } else if !FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) {
                        throw .unwritable(path: path, reason: "cannot create the file")
                    }
                } catch {
                    failure.set(error)
                }
            }
        }
        if let error = failure.error { throw error }
        return (0..<count).map { folder + "/" + fileName($0) }
    }

    // MARK: - One body

    /// Body `index`'s answers. Unanswered questions are not listed (see `blanks`).
    package func answers(_ index: Int) -> AnswersFile {
        var rng = generator(index)
        let type = bodyType(index)
        _ = rng.next()  // the type's draw, made in `bodyType`
        let region = Self.region(for: type, &rng)
        let name = Self.name(index, type: type, seed: seed)
        let date = Day(year: 2026, month: 9 + rng.below(4), day: 1 + rng.below(28))
        let assessor = "\(rng.pick(Self.firstNames)) \(rng.pick(Self.lastNames)), \(rng.pick(Self.roles))"

        // A body-wide maturity, roughly normal on 1.0–4.0, nudged by type.
        let typeEffect: Double = Self.typeEffects[type] ?? 0
        let spread: Double = rng.unit() + rng.unit() + rng.unit()
        let maturity: Double = 1.0 + spread + typeEffect
        let gapRate = rng.chance(0.35) ? rng.uniform(0.02...0.12) : 0
        let naRate = rng.uniform(0.1...0.5)
        let detail = rng.uniform(0.15...0.45)

        var answers: [Answer] = []
        var chosen: [String: String] = [:]
        let reused = library.questionnaires.reusedQuestionIDs
        for questionnaire in library.questionnaires {
            let topicLevel = maturity + rng.uniform(-0.5...0.5)
            for domain in questionnaire.domains {
                let domainLevel = topicLevel + rng.uniform(-0.5...0.5)
                for question in domain.questions {
                    let roll = rng.unit()
                    guard !reused.contains(question.id), question.applies(given: { chosen[$0] }, bodyType: type) else { continue }
                    if roll < gapRate { continue }
                    if question.allowNA, rng.chance(naRate) {
                        answers.append(Answer(questionID: question.id, choice: .notApplicable, justification: rng.pick(Self.justifications)))
                        continue
                    }
                    let (choice, level) = Self.choose(question, in: questionnaire, around: domainLevel, &rng)
                    if case .option(let value) = choice { chosen[question.id] = value }
                    var answer = Answer(questionID: question.id, choice: choice)
                    if rng.chance(detail) {
                        let pool = level <= 1 ? Self.lowComments : level <= 3 ? Self.midComments : Self.highComments
                        answer.comment = rng.pick(pool)
                    }
                    if rng.chance(0.1) { answer.answeredBy = "\(rng.pick(Self.initials)) \(rng.pick(Self.lastNames)), \(rng.pick(Self.roles))" }
                    if level >= 2, rng.chance(detail) {
                        answer.evidence = Self.evidence(for: question, before: date, count: 1 + rng.below(2), &rng)
                    }
                    answers.append(answer)
                }
            }
        }
        return AnswersFile(
            body: Body(id: Self.id(index, type: type), name: name, type: type, region: region),
            period: period, assessor: assessor, date: date,
            questionnaires: library.questionnaires.map { QuestionnaireVersion(id: $0.id, version: $0.version) },
            answers: answers)
    }

    /// Applicable questions left unanswered in body `index`: listed blank (`ID:`) in the file.
    func blanks(_ index: Int, answers: AnswersFile) -> [String] {
        let answered = Set(answers.answers.map(\.questionID))
        var chosen: [String: String] = [:]
        for answer in answers.answers { if case .option(let v) = answer.choice { chosen[answer.questionID] = v } }
        let reused = library.questionnaires.reusedQuestionIDs
        return library.questionnaires.flatMap(\.questions).filter { q in
            !answered.contains(q.id) && !reused.contains(q.id) && q.applies(given: { chosen[$0] }, bodyType: answers.body.type)
        }.map(\.id)
    }

    /// The `answers:` mapping in library order, blanks in their places rather than at the end.
    func ordered(_ node: Node) -> Node {
        guard case .mapping(var root) = node, let i = root.pairs.firstIndex(where: { $0.key.value == "answers" }),
              case .mapping(var entries) = root.pairs[i].value else { return node }
        let order = Dictionary(uniqueKeysWithValues: library.questionnaires.flatMap(\.questions).enumerated().map { ($1.id, $0) })
        entries.pairs.sort { (order[$0.key.value] ?? .max) < (order[$1.key.value] ?? .max) }
        root.pairs[i].value = .mapping(entries)
        return .mapping(root)
    }

    private func generator(_ index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    func bodyType(_ index: Int) -> String {
        var rng = generator(index)
        // Roughly the mix of English councils: 164 districts, 21 counties, 62 unitaries,
        // 36 metropolitan boroughs, 33 London boroughs.
        let roll = Int(rng.next() % 316)
        switch roll {
        case ..<164: return "district"
        case ..<185: return "county"
        case ..<247: return "unitary"
        case ..<283: return "metropolitan"
        default: return "london-borough"
        }
    }

    // MARK: - Answers

    /// An answer near `level` and the level it stands for.
    static func choose(_ question: Question, in questionnaire: Questionnaire, around level: Double, _ rng: inout SplitMix64) -> (Choice, Int) {
        let aim = level + rng.uniform(-0.9...0.9)
        switch questionnaire.scoring {
        case .graded:
            let options = question.answers.filter { $0.level != nil }
            guard let best = options.min(by: { abs(Double($0.level!) - aim) < abs(Double($1.level!) - aim) }) else {
                return (.option(question.answers[0].value), 0)
            }
            return (.option(best.value), best.level!)
        case .cumulative:
            let practice = question.practiceLevel ?? 1
            let met = aim >= Double(practice) - 0.5
            let options = question.answers.filter { ($0.met ?? false) == met }
            let option = options.isEmpty ? question.answers[0] : rng.pick(options)
            return (.option(option.value), met ? practice : practice - 1)
        case .outcome:
            guard let indicators = question.indicators else { return (.indicators([]), 0) }
            let achieved = indicators.achieved.map(\.id)
            let partial = indicators.partiallyAchieved.map(\.id)
            if aim >= 3.8 {
                return (.indicators(partial + achieved), questionnaire.outcomeLevels.achieved)
            }
            if aim >= 2.3, !partial.isEmpty {
                let some = achieved.filter { _ in rng.chance(0.5) }
                let agreed = some.count == achieved.count ? Array(some.dropLast()) : some
                return (.indicators(partial + agreed), questionnaire.outcomeLevels.partiallyAchieved)
            }
            var agreed = partial.filter { _ in rng.chance(0.4) }
            if let first = indicators.notAchieved.first, rng.chance(0.7) { agreed.insert(first.id, at: 0) }
            if agreed.count == partial.count, !partial.isEmpty, indicators.notAchieved.isEmpty { agreed.removeLast() }
            return (.indicators(agreed), questionnaire.outcomeLevels.notAchieved)
        }
    }

    static func evidence(for question: Question, before date: Day, count: Int, _ rng: inout SplitMix64) -> [Evidence] {
        let titles = question.evidence.isEmpty ? ["Supporting document"] : question.evidence
        return (0..<min(count, titles.count)).map { k in
            let months = rng.below(20)
            let month = date.subtracting(months: months)
            let day = months == 0 ? 1 + rng.below(date.day) : 1 + rng.below(28)
            let title = titles[(k + rng.below(titles.count)) % titles.count]
            return Evidence(
                title: title,
                location: "\(rng.pick(locations))/\(title.split(separator: " ").prefix(3).joined(separator: "-"))",
                date: Day(year: month.year, month: month.month, day: day))
        }
    }

    // MARK: - Names and places

    static func id(_ index: Int, type: String) -> String {
        let prefix = ["district": "E07", "county": "E10", "unitary": "E06", "metropolitan": "E08", "london-borough": "E09"][type] ?? "E99"
        let number = String(index + 1)
        return prefix + "9" + String(repeating: "0", count: max(0, 5 - number.count)) + number
    }

    static func region(for type: String, _ rng: inout SplitMix64) -> String {
        switch type {
        case "london-borough": "London"
        case "metropolitan": rng.pick(["North West", "North West", "Yorkshire and the Humber", "North East", "West Midlands"])
        case "unitary": rng.pick(regions + ["North East"])
        default: rng.pick(regions)
        }
    }

    /// A fictional place name; names repeat only after every combination has been used.
    static func name(_ index: Int, type: String, seed: UInt64) -> String {
        let combinations = placeStarts.count * placeEnds.count
        let step = 97  // coprime with the number of combinations, so the walk visits each once
        let k = (Int(seed % UInt64(combinations)) + index * step) % combinations
        var place = placeStarts[k / placeEnds.count] + placeEnds[k % placeEnds.count]
        if index >= combinations { place += " \(index / combinations + 1)" }
        switch type {
        case "district": return "\(place) District Council"
        case "county": return "\(place)shire County Council"
        case "metropolitan": return "\(place) Metropolitan Borough Council"
        case "london-borough": return "London Borough of \(place)"
        default: return "\(place) Council"
        }
    }

    static let typeEffects: [String: Double] = ["county": 0.25, "london-borough": 0.15, "metropolitan": 0.1, "unitary": 0.0, "district": -0.15]
    static let regions = ["North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England", "South East", "South West"]
    static let placeStarts = ["Ash", "Bram", "Calder", "Dun", "Elm", "Fen", "Gilder", "Hart", "Ivel", "Kettle", "Lang", "Marl", "Nether", "Oak", "Pen", "Quarry", "Rother", "Sel", "Thorn", "Under", "Wex", "Yarrow", "Bridge", "Castle", "Har", "Stan"]
    static let placeEnds = ["ford", "ham", "ton", "bury", "ley", "wick", "field", "mouth", "dale", "minster", "by", "stead", "worth", "well", "combe"]
    static let firstNames = ["Alex", "Sam", "Priya", "Tom", "Aisha", "Gareth", "Helen", "Mohammed", "Claire", "Owen", "Fatima", "Rachel", "Daniel", "Nina", "Imran", "Lucy"]
    static let initials = ["A.", "B.", "C.", "D.", "E.", "F.", "J.", "K.", "L.", "M.", "P.", "R.", "S.", "T."]
    static let lastNames = ["Morgan", "Patel", "Hughes", "Khan", "Walker", "Evans", "Brown", "Osei", "Clarke", "Nowak", "Reid", "Ahmed", "Fletcher", "Jones", "Okafor", "Taylor"]
    static let roles = ["Information Security Lead", "ICT Manager", "Head of Digital", "Information Governance Officer", "Data Protection Officer", "Infrastructure Manager", "Business Intelligence Manager"]
    static let locations = ["SharePoint: ICT/Security", "SharePoint: Governance/IG", "Teams: Cyber Board/Files", "Intranet: Policies", "SharePoint: Risk/Registers", "Shared drive: ICT/Assurance"]
    static let justifications = [
        "No on-premises data centre since the move to the shared service.",
        "The service is run entirely by the county council under a partnership agreement.",
        "The council runs no systems of this kind; confirmed by the ICT asset review.",
        "Delivered by the lead authority of the shared service, which assesses it there.",
    ]
    static let lowComments = [
        "Not started; it is on next year's improvement plan.",
        "Depends on the ICT restructure agreed in the spring.",
        "No budget this year; raised with the SIRO.",
        "Done informally by one person and not written down.",
        "Was in place before the last restructure and has lapsed.",
        "Relies on the managed service provider; we have not asked for assurance.",
        "A draft exists but has not been through CMT.",
        "Only the ICT team knows how this works; no cover for absence.",
    ]
    static let midComments = [
        "In place for core systems; the rest follow by March.",
        "Process agreed but not yet tested in practice.",
        "Covered by the shared service; our assurance over it is partial.",
        "Last reviewed over a year ago; a review is booked.",
        "Works for staff on the corporate network; agency staff and members are not covered.",
        "Agreed at the information governance board; roll-out is half done.",
        "Documented, but the evidence is scattered across several teams.",
        "Done for the main office; the depots and libraries follow next year.",
    ]
    static let highComments = [
        "Reviewed by internal audit this year with no findings.",
        "Reported quarterly to the Audit and Governance Committee.",
        "Tested in the last exercise; lessons recorded and closed.",
        "Embedded in every directorate and checked monthly.",
        "Checked by the external assessor during the PSN submission.",
        "Owned by the SIRO, with a named lead in every service.",
        "Measured every quarter and compared with other councils in the WARP.",
        "Part of the annual assurance statement signed by the chief executive.",
    ]
}

/// The first error of parallel work.
private final class FirstFailure: Sendable {
    private let stored = Mutex<AssessmentError?>(nil)

    var isSet: Bool { stored.withLock { $0 != nil } }
    var error: AssessmentError? { stored.withLock { $0 } }

    func set(_ error: AssessmentError) {
        stored.withLock { if $0 == nil { $0 = error } }
    }
}
