/// A library and a run's scoring options compiled once into flat arrays (topics, domains,
/// questions, options and indicators by index, targets resolved, weights as whole units), so
/// that batch scoring judges each body by index arithmetic instead of looking questions up by
/// id and building a result for each.
///
/// Built by `CompiledScorer(library:options:)`, which returns nil for a library it cannot compile
/// exactly (see there); the ordinary `Scorer` is then used for every body. The numbers a compiled scorer
/// gives are the ordinary path's, which the differential tests hold it to.
package struct CompiledScorer: Sendable {
    /// One questionnaire.
    package struct Topic: Sendable {
        package var id: String
        package var method: ScoringMethod
        package var scaleMax: Int
        package var target: Int
        package var bands: [Band]
        /// The first topic with the same bands: topics share bands when they share this.
        package var bandGroup: Int
        package var domains: Range<Int>
        /// Weight in the overall mean, in whole units of the power of ten all topics' weights share.
        package var weightUnits: Int
        /// The weight as the options give it, for `OverallResult.topicWeights`.
        package var weight: Double
        /// The library's version of the questionnaire.
        package var version: String
        /// The questionnaire's topic, in words.
        package var name: String
        /// The SHA-256 of the questionnaire's file, for provenance.
        package var sha256: String?
    }

    /// One domain.
    package struct Domain: Sendable {
        package var id: String
        package var title: String
        package var topic: Int
        /// Weight in its topic's mean, in whole units of the power of ten its topic's domains share.
        package var weightUnits: Int
        package var target: Int
        package var questions: Range<Int>
    }

    /// One question. Plain values only, so that reading one copies no references: the hot
    /// loops of the reader and the scorer copy a question for every answer of every body.
    package struct Question: Sendable {
        package var topic: Int
        package var domain: Int
        /// Weight in its domain's mean, in whole units of the power of ten its domain's questions share.
        package var weightUnits: Int
        package var allowNA: Bool
        /// Its options, as a range of `options` and `optionValues`.
        package var options: Range<Int>
        /// Cumulative: the practice's level.
        package var practice: Int
        /// `applies_if` on another question's answer: that question's index (−1 when it names
        /// a question the library lacks) and the options of it that make this one apply, as bits.
        package var condition: (question: Int, options: UInt64)?
        /// `applies_if` on the body's type: the index of its condition in `bodyTypeConditions`, or −1.
        package var bodyTypes = -1
        /// `same_as`: the home question's index and its questionnaire, and where the option of
        /// this question that each of the home's options stands for starts in `homeOptions`.
        package var home: (question: Int, topic: Int, options: Int)?
        /// Outcome: its indicators (a range of `indicators`), the bits of each column, where its
        /// 27 decisions start in `decisions` (−1 for a question that is no outcome), the status
        /// required.
        package var indicators: Range<Int> = 0..<0
        package var columns: (notAchieved: UInt64, partiallyAchieved: UInt64, achieved: UInt64) = (0, 0, 0)
        package var decisions = -1
        package var required: OutcomeStatus = .achieved
        /// The domain's target level.
        package var target: Int
        /// Whether a practice level is written (cumulative recommendations need one).
        package var hasPractice = false
        /// Where its recommendation priorities start in `priorities` (see there).
        package var priorities = 0
    }

    /// Recommendation priorities (question weight × domain weight × shortfall, rounded) for
    /// shortfalls 0 to `CompiledScorer.priorityShortfalls − 1`, by question.
    package static let priorityShortfalls = 9

    /// One answer option (its value's bytes are in `optionValues`).
    package struct Option: Sendable {
        package var level: Int
        package var met: Bool
    }

    package let topics: [Topic]
    package let domains: [Domain]
    package let questions: [Question]
    package let options: [Option]
    package let optionValues: ByteStrings
    /// The options' values as text, for store rows.
    package let optionTexts: [String]
    package let priorities: [Double]
    /// Question and domain weights as written, for priorities beyond the table.
    package let questionWeights: [Double]
    package let domainWeights: [Double]
    /// Question ids by index, for store rows and recommendations.
    package let questionIDTexts: [String]
    /// Question indices in id order, the order of store rows, and each question's place in
    /// that order (so recommendations tied on priority are ordered by comparing integers).
    package let questionsByID: [Int]
    package let idOrder: [Int]
    /// Indicator ids, by question.
    package let indicators: ByteStrings
    /// The outcome questions' decision tables, 27 entries each (see `decisions(_:_:)`).
    package let decisions: [OutcomeStatus]
    /// The option of a `same_as` question each option of its home stands for, −1 for none.
    package let homeOptions: [Int]
    /// Each `applies_if` that names body types, asked of each body's type (`AppliesIf.admits`).
    package let bodyTypeConditions: [AppliesIf]
    /// Question indices by id bytes.
    package let questionIDs: ByteTable
    /// The topics in report order (the options' order, else the library's).
    package let order: [Int]
    /// Outcome levels by topic.
    package let outcomeLevels: [OutcomeLevels]
    /// The target profile the targets come from, for store rows.
    package let profile: String?
    /// Every topic, as bits, and the topic weights of a body that answers them all (shared,
    /// not rebuilt for each body).
    package let allTopics: UInt64
    package let allWeights: [String: Double]

    /// Compiles `library` for `options`; nil when the library uses something the compiled scorer does
    /// not model exactly, in which case every body is scored the ordinary way:
    /// - a weight that is negative or not a short decimal, or sums that could overflow;
    /// - more than 64 options or indicators on a question;
    /// - a question id used twice;
    /// - `same_as` between outcome questions;
    /// - a profile name no questionnaire defines (the ordinary path reports it);
    /// - more than 64 questionnaires, or a practice level of 64 or more.
    package init?(library: Library, options: ScoringOptions) {
        if let name = options.profileName, !library.hasProfile(name) { return nil }
        guard library.questionnaires.count <= 64 else { return nil }
        var topics: [Topic] = [], domains: [Domain] = [], questions: [Question] = []
        var optionList: [Option] = [], optionValues = ByteStrings(), indicatorList = ByteStrings(), levels: [OutcomeLevels] = []
        var decisionTable: [OutcomeStatus] = [], homeOptions: [Int] = [], bodyTypeConditions: [AppliesIf] = []
        var optionTexts: [String] = [], priorities: [Double] = [], questionWeights: [Double] = [], domainWeights: [Double] = []
        var questionIDTexts: [String] = []
        var indexByID: [String: Int] = [:]
        for questionnaire in library.questionnaires {
            for question in questionnaire.questions {
                guard indexByID[question.id] == nil else { return nil }
                indexByID[question.id] = indexByID.count
            }
        }
        for (t, questionnaire) in library.questionnaires.enumerated() {
            let targets = Targets(questionnaire: questionnaire, options: options)
            guard let domainUnits = Self.units(questionnaire.domains.map(\.weight)) else { return nil }
            let firstDomain = domains.count
            for (d, domain) in questionnaire.domains.enumerated() {
                guard let questionUnits = Self.units(domain.questions.map(\.weight)) else { return nil }
                let target = targets.level(for: domain)
                let firstQuestion = questions.count
                for (i, question) in domain.questions.enumerated() {
                    guard question.answers.count <= 64, (question.indicators?.all.count ?? 0) <= 64,
                          (0..<64).contains(question.practiceLevel ?? 1) else { return nil }
                    let firstOption = optionList.count
                    for option in question.answers {
                        optionList.append(Option(level: option.level ?? 0, met: option.met ?? false))
                        optionValues.append(option.value.utf8)
                        optionTexts.append(option.value)
                    }
                    var compiled = Question(
                        topic: t, domain: domains.count, weightUnits: questionUnits[i], allowNA: question.allowNA,
                        options: firstOption..<optionList.count, practice: question.practiceLevel ?? 1, condition: nil, target: target)
                    compiled.hasPractice = question.practiceLevel != nil
                    compiled.priorities = priorities.count
                    priorities += (0..<Self.priorityShortfalls).map { Recommendations.priority(question.weight, domain.weight, $0) }
                    questionWeights.append(question.weight)
                    questionIDTexts.append(question.id)
                    if let condition = question.appliesIf, condition.bodyTypes != nil {
                        compiled.bodyTypes = bodyTypeConditions.count
                        bodyTypeConditions.append(condition)
                    }
                    if let condition = question.appliesIf, let on = condition.question {
                        if let c = indexByID[on], let (_, _, other) = library.lookup(on) {
                            var bits: UInt64 = 0
                            // The options that make it apply, as `AppliesIf` itself says of each.
                            for (k, option) in other.answers.enumerated() where condition.isMet(byChosen: option.value) { bits |= 1 << UInt64(k) }
                            compiled.condition = (c, bits)
                        } else {
                            compiled.condition = (-1, 0)
                        }
                    }
                    // The home `Library.home(of:assessing:)` names when its questionnaire is assessed;
                    // whether it is, is asked of each body's topics.
                    if let sameAs = question.sameAs, let location = library.index[sameAs.question], let h = indexByID[sameAs.question],
                       let home = library.home(of: question, assessing: [library.questionnaires[location.questionnaire].id]) {
                        guard question.indicators == nil, home.indicators == nil else { return nil }
                        compiled.home = (h, location.questionnaire, homeOptions.count)
                        homeOptions += home.answers.map { option in question.answers.firstIndex { $0.value == option.value } ?? -1 }
                    }
                    if let indicators = question.indicators {
                        compiled.required = targets.status(for: question, in: domain)
                        let first = indicatorList.count
                        for indicator in indicators.all { indicatorList.append(indicator.id.utf8) }
                        compiled.indicators = first..<indicatorList.count
                        compiled.columns = Self.columns(indicators)
                        compiled.decisions = decisionTable.count
                        decisionTable += Self.decisions(questionnaire, indicators)
                    }
                    questions.append(compiled)
                }
                domainWeights.append(domain.weight)
                domains.append(Domain(id: domain.id, title: domain.title, topic: t, weightUnits: domainUnits[d], target: target,
                                      questions: firstQuestion..<questions.count))
            }
            let weight = options.topicWeights[questionnaire.id] ?? 1
            topics.append(Topic(id: questionnaire.id, method: questionnaire.scoring, scaleMax: questionnaire.maxLevel, target: questionnaire.target,
                                bands: questionnaire.bands, bandGroup: t, domains: firstDomain..<domains.count, weightUnits: 0, weight: weight,
                                version: questionnaire.version, name: questionnaire.topic, sha256: library.sources[questionnaire.id]?.sha256))
            levels.append(questionnaire.outcomeLevels)
        }
        guard let topicUnits = Self.units(topics.map(\.weight)) else { return nil }
        for t in topics.indices {
            topics[t].weightUnits = topicUnits[t]
            topics[t].bandGroup = topics.firstIndex { $0.bands == topics[t].bands } ?? t
        }
        self.topics = topics
        self.domains = domains
        self.questions = questions
        self.options = optionList
        self.optionValues = optionValues
        self.optionTexts = optionTexts
        self.priorities = priorities
        self.questionWeights = questionWeights
        self.domainWeights = domainWeights
        self.questionIDTexts = questionIDTexts
        let byID = questionIDTexts.indices.sorted { questionIDTexts[$0] < questionIDTexts[$1] }
        var idOrder = [Int](repeating: 0, count: byID.count)
        for (place, q) in byID.enumerated() { idOrder[q] = place }
        self.questionsByID = byID
        self.idOrder = idOrder
        self.decisions = decisionTable
        self.homeOptions = homeOptions
        self.bodyTypeConditions = bodyTypeConditions
        self.indicators = indicatorList
        self.outcomeLevels = levels
        self.questionIDs = ByteTable(ByteStrings(library.questionnaires.flatMap { $0.questions.map(\.id.utf8) }))
        let position = Dictionary(library.questionnaires.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.order = Scorer.ordered(library.questionnaires, by: options.topicOrder).compactMap { position[$0.id] }
        self.profile = options.targets?.id ?? options.profileName
        self.allTopics = topics.indices.reduce(0) { $0 | 1 << UInt64($1) }
        self.allWeights = Dictionary(topics.map { ($0.id, $0.weight) }, uniquingKeysWith: { a, _ in a })
    }

    /// Weights as whole units of one power of ten, with room to sum and multiply them by
    /// levels and means without overflow; nil when one is negative or not a short decimal.
    package static func units(_ weights: [Double]) -> [Int]? {
        var places = 0
        var parts: [(units: UInt64, places: Int)] = []
        for weight in weights {
            guard weight >= 0, let part = Fraction.decimalUnits(of: weight) else { return nil }
            parts.append(part)
            places = max(places, part.places)
        }
        var units: [Int] = []
        var total: UInt64 = 0
        for part in parts {
            let (scaled, overflow) = part.units.multipliedReportingOverflow(by: Fraction.powersOfTen[places - part.places])
            // Sums stay below 2^40, so products with levels and 64-bit denominators fit 128 bits.
            guard !overflow, scaled < 1 << 40 else { return nil }
            total += scaled
            guard total < 1 << 40 else { return nil }
            units.append(Int(scaled))
        }
        return units
    }

    /// The bits of each indicator column, indicators numbered in `Indicators.all`'s order.
    package static func columns(_ indicators: Indicators) -> (notAchieved: UInt64, partiallyAchieved: UInt64, achieved: UInt64) {
        func bits(_ range: Range<Int>) -> UInt64 { range.reduce(0) { $0 | 1 << UInt64($1) } }
        let n = indicators.notAchieved.count, p = indicators.partiallyAchieved.count, a = indicators.achieved.count
        return (bits(0..<n), bits(n..<n + p), bits(n + p..<n + p + a))
    }

    /// The status the questionnaire decides for each pattern of agreed counts (none, some, all
    /// per column, indexed achieved × 9 + partially × 3 + not), found by asking its own rule
    /// with indicators agreed in that pattern. Patterns a column cannot show keep Not achieved.
    package static func decisions(_ questionnaire: Questionnaire, _ indicators: Indicators) -> [OutcomeStatus] {
        func agreed(_ column: [Indicator], _ count: Int) -> [String]? {
            switch count {
            case 0: return []
            case 1: return column.count >= 2 ? [column[0].id] : nil
            default: return column.isEmpty ? nil : column.map(\.id)
            }
        }
        var table = [OutcomeStatus](repeating: .notAchieved, count: 27)
        for a in 0..<3 {
            for p in 0..<3 {
                for n in 0..<3 {
                    guard let ids = agreed(indicators.achieved, a), let pIDs = agreed(indicators.partiallyAchieved, p),
                          let nIDs = agreed(indicators.notAchieved, n) else { continue }
                    table[a * 9 + p * 3 + n] = questionnaire.decideOutcome(indicators, agreed: ids + pIDs + nIDs).status
                }
            }
        }
        return table
    }
}

extension CompiledScorer.Question {
    /// Whether it is an outcome, answered by agreeing indicators.
    package var isOutcome: Bool { decisions >= 0 }
}
