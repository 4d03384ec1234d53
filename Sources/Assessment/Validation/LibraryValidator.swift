import CyberYAML

/// Checks a library as a whole: unique ids, scales, options, practices, indicators,
/// `applies_if` targets and cycles, profiles, bands and framework references.
package struct LibraryValidator {
    package let library: Library

    package init(library: Library) { self.library = library }

    package func validate() -> [Problem] {
        var problems: [Problem] = []
        var questionnaireIDs: [String: String] = [:]
        var domainIDs: [String: (String, Mark?)] = [:]
        var questionIDs: [String: (String, Mark?)] = [:]

        for questionnaire in library.questionnaires {
            let file = library.sources[questionnaire.id]?.path ?? questionnaire.id
            func report(_ mark: Mark?, _ message: String) { problems.append(Problem(file: file, mark: mark, message: message)) }

            if let why = Identifier.problem(with: questionnaire.id) {
                report(questionnaire.mark, "questionnaire id '\(questionnaire.id)' \(why)")
            }
            if let other = questionnaireIDs[questionnaire.id] {
                report(questionnaire.mark, "questionnaire id '\(questionnaire.id)' is also used by \(other); give each questionnaire its own id")
            }
            questionnaireIDs[questionnaire.id] = file
            problems += checkScale(questionnaire, file: file)

            for domain in questionnaire.domains {
                if let why = Identifier.problem(with: domain.id) { report(domain.mark, "domain id '\(domain.id)' \(why)") }
                if let (other, mark) = domainIDs[domain.id] {
                    report(domain.mark, "domain id '\(domain.id)' is already used at \(other):\(mark?.description ?? "?"); domain ids must be unique across the library")
                } else {
                    domainIDs[domain.id] = (file, domain.mark)
                }
                if !Bounds.weight.contains(domain.weight) {
                    report(domain.mark, "domains[\(domain.id)].weight: expected a number \(Bounds.describe(Bounds.weight)), found \(domain.weight)")
                }
                if let target = domain.target, !(0...questionnaire.maxLevel).contains(target) {
                    report(domain.mark, "domain \(domain.id): target \(target) is not on the scale 0..\(questionnaire.maxLevel)")
                }
                if AnswersRules.isBlank(domain.title) { report(domain.mark, "domain \(domain.id): title is blank; give the domain a title") }
                if domain.questions.isEmpty { report(domain.mark, "domain \(domain.id) has no questions; add at least one") }
                for question in domain.questions {
                    if let why = Identifier.problem(with: question.id) { report(question.mark, "question id '\(question.id)' \(why)") }
                    if let (other, mark) = questionIDs[question.id] {
                        report(question.mark, "question id '\(question.id)' is already used at \(other):\(mark?.description ?? "?"); question ids must be unique across the library")
                    } else {
                        questionIDs[question.id] = (file, question.mark)
                    }
                    problems += checkQuestion(question, in: questionnaire, file: file)
                }
            }
            problems += checkProfiles(questionnaire, file: file)
            problems += checkOutcomeRules(questionnaire, file: file)
        }
        problems += checkAppliesIf()
        problems += checkSameAs()
        return problems.sorted()
    }

    package func checkScale(_ q: Questionnaire, file: String) -> [Problem] {
        var problems: [Problem] = []
        let levels = q.scale.map(\.level)
        if levels != Array(0..<levels.count) {
            problems.append(Problem(file: file, mark: q.mark, message: "scale: expected levels 0, 1, 2, ... in order, found \(levels.map(String.init).joined(separator: ", "))"))
        } else if !(1...Bounds.maxScaleLevel).contains(q.maxLevel) {
            problems.append(Problem(file: file, mark: q.mark, message: "scale: expected levels 0 up to at most \(Bounds.maxScaleLevel), found 0..\(q.maxLevel)"))
        }
        if !(0...q.maxLevel).contains(q.target) {
            problems.append(Problem(file: file, mark: q.mark, message: "target: expected a level on the scale 0..\(q.maxLevel), found \(q.target)"))
        }
        problems += checkOutcomeLevels(q, file: file)
        let bands = q.bands.sorted { $0.from < $1.from }
        for (i, band) in bands.enumerated() {
            if band.from < 0 || band.to > Double(q.maxLevel) {
                problems.append(Problem(file: file, mark: q.mark, message: "bands: '\(band.name)' runs from \(band.from) to \(band.to), outside the scale 0..\(q.maxLevel)"))
            }
            if band.from > band.to {
                problems.append(Problem(file: file, mark: q.mark, message: "bands: band '\(band.name)' runs from \(band.from) down to \(band.to); put the lower bound in 'from'"))
            }
            if i > 0, band.from <= bands[i - 1].to {
                problems.append(Problem(file: file, mark: q.mark, message: "bands: '\(band.name)' (from \(band.from)) overlaps '\(bands[i - 1].name)' (to \(bands[i - 1].to)); bounds are inclusive, so make them disjoint"))
            }
        }
        if let first = bands.first, first.from > 0 {
            problems.append(Problem(file: file, mark: q.mark, message: "bands: the lowest band starts at \(first.from); start it at 0 so every score has a band"))
        }
        if let last = bands.last, last.to < Double(q.maxLevel) {
            problems.append(Problem(file: file, mark: q.mark, message: "bands: the highest band ends at \(last.to); end it at \(q.maxLevel) so every score has a band"))
        }
        return problems
    }

    /// In an outcome questionnaire each status counts as a level on the scale, and a better
    /// status never counts less.
    package func checkOutcomeLevels(_ q: Questionnaire, file: String) -> [Problem] {
        var problems: [Problem] = []
        guard q.scoring == .outcome else { return problems }
        let levels = OutcomeStatus.allCases.map { ($0, q.outcomeLevels[$0]) }
        for (status, level) in levels where !(0...q.maxLevel).contains(level) {
            problems.append(Problem(file: file, mark: q.mark, message: "outcome_levels: \(status.rawValue) is \(level), which is not on the scale 0..\(q.maxLevel)"))
        }
        if problems.isEmpty, levels.map(\.1) != levels.map(\.1).sorted() {
            problems.append(Problem(file: file, mark: q.mark, message: "outcome_levels: expected not-achieved ≤ partially-achieved ≤ achieved, found \(levels.map { String($0.1) }.joined(separator: ", "))"))
        }
        return problems
    }

    package func checkQuestion(_ question: Question, in q: Questionnaire, file: String) -> [Problem] {
        var problems: [Problem] = []
        func report(_ mark: Mark?, _ message: String) { problems.append(Problem(file: file, mark: mark, message: "question \(question.id): \(message)")) }
        if !Bounds.weight.contains(question.weight) {
            report(question.mark, "weight: expected a number \(Bounds.describe(Bounds.weight)), found \(question.weight)")
        }

        if AnswersRules.isBlank(question.text) { report(question.mark, "text is blank; write the question to be answered") }
        for indicator in question.indicators?.all ?? [] where AnswersRules.isBlank(indicator.id) || AnswersRules.isBlank(indicator.text) {
            report(question.mark, "indicator '\(indicator.id)' needs an id and a statement that are not blank")
        }
        var values: Set<String> = []
        for option in question.answers {
            if AnswersRules.isBlank(option.value) || AnswersRules.isBlank(option.label) {
                report(question.mark, "option '\(option.value)' needs a value and a label that are not blank")
            }
            if !values.insert(option.value).inserted { report(question.mark, "option value '\(option.value)' appears twice; option values must be unique") }
            if option.value == Choice.notApplicableToken { report(question.mark, "'na' is reserved for not applicable; use allow_na: true instead of an option named na") }
        }

        // A same_as question may leave its options to its home; `checkSameAs` compares them.
        if question.sameAs == nil || !question.answers.isEmpty || question.indicators != nil {
            for message in q.scoring.rule.problems(with: question, in: q) { report(question.mark, message) }
        }

        for reference in question.references {
            guard let catalogue = library.catalogues[reference.framework] else {
                let known = library.catalogues.keys.sorted()
                let hint = Suggestion.hint(for: reference.framework, in: known)
                report(reference.mark ?? question.mark, "reference to unknown framework '\(reference.framework)'\(hint); known frameworks: \(known.joined(separator: ", "))")
                continue
            }
            if catalogue.item(reference.id) == nil {
                let hint = Suggestion.hint(for: reference.id, in: catalogue.items.map(\.id))
                report(reference.mark ?? question.mark, "\(reference.framework) has no identifier '\(reference.id)'\(hint); see the \(catalogue.framework) catalogue")
            }
        }
        return problems
    }

    package func checkProfiles(_ q: Questionnaire, file: String) -> [Problem] {
        var problems: [Problem] = []
        let domainIDs = Set(q.domains.map(\.id))
        let questionIDs = Set(q.questions.map(\.id))
        var profileIDs: Set<String> = []
        for profile in q.profiles {
            if let why = Identifier.problem(with: profile.id) {
                problems.append(Problem(file: file, mark: q.mark, message: "profile id '\(profile.id)' \(why)"))
            }
            if !profileIDs.insert(profile.id).inserted {
                problems.append(Problem(file: file, mark: q.mark, message: "profile id '\(profile.id)' is used twice in \(q.id); '--profile \(profile.id)' would take the first silently, so give each profile its own id"))
            }
            for (domain, level) in profile.domains.sorted(by: { $0.key < $1.key }) {
                if !domainIDs.contains(domain) {
                    let hint = Suggestion.hint(for: domain, in: domainIDs)
                    problems.append(Problem(file: file, mark: q.mark, message: "profile \(profile.id): unknown domain '\(domain)'\(hint)"))
                }
                if !(0...q.maxLevel).contains(level) {
                    problems.append(Problem(file: file, mark: q.mark, message: "profile \(profile.id): target \(level) for \(domain) is not on the scale 0..\(q.maxLevel)"))
                }
            }
            for outcome in profile.outcomes.keys.sorted() where !questionIDs.contains(outcome) {
                let hint = Suggestion.hint(for: outcome, in: questionIDs)
                problems.append(Problem(file: file, mark: q.mark, message: "profile \(profile.id): unknown outcome '\(outcome)'\(hint)"))
            }
            for message in q.scoring.rule.problems(with: profile) {
                problems.append(Problem(file: file, mark: q.mark, message: message))
            }
        }
        return problems
    }

    /// Every `applies_if` names known body types, an existing question and its options, and
    /// no chain loops.
    package func checkAppliesIf() -> [Problem] {
        var problems: [Problem] = []
        var edges: [String: String] = [:]
        for questionnaire in library.questionnaires {
            let file = library.sources[questionnaire.id]?.path ?? questionnaire.id
            for question in questionnaire.questions {
                guard let condition = question.appliesIf else { continue }
                for type in condition.bodyTypes ?? [] where AnswersRules.typeProblem(type) != nil {
                    let hint = Suggestion.hint(for: type, in: AnswersRules.bodyTypes)
                    problems.append(Problem(file: file, mark: condition.mark, message: "question \(question.id): applies_if body_type: unknown body type '\(type)'\(hint); expected one of \(AnswersRules.bodyTypes.joined(separator: ", "))"))
                }
                if condition.bodyTypes?.isEmpty == true {
                    problems.append(Problem(file: file, mark: condition.mark, message: "question \(question.id): applies_if body_type: expected at least one body type, found none; list the types the question applies to, or remove body_type"))
                }
                guard let conditionQuestion = condition.question else { continue }
                guard let target = library.lookup(conditionQuestion)?.question else {
                    let hint = Suggestion.hint(for: conditionQuestion, in: library.index.keys)
                    problems.append(Problem(file: file, mark: condition.mark, message: "question \(question.id): applies_if names unknown question '\(conditionQuestion)'\(hint)"))
                    continue
                }
                if let home = target.sameAs {
                    problems.append(Problem(file: file, mark: condition.mark, message: "question \(question.id): applies_if names \(target.id), which takes its answer from \(home.question) (same_as); name \(home.question) instead"))
                }
                if target.indicators != nil {
                    problems.append(Problem(file: file, mark: condition.mark, message: "question \(question.id): applies_if cannot depend on outcome question \(target.id), which has no options"))
                }
                for value in condition.values where target.option(value) == nil {
                    problems.append(Problem(file: file, mark: condition.mark, message: "question \(question.id): applies_if value '\(value)' is not an option of \(target.id); options are \(target.answers.map(\.value).joined(separator: ", "))"))
                }
                edges[question.id] = conditionQuestion
            }
        }
        var reported: Set<String> = []
        for start in edges.keys.sorted() {
            var seen: [String] = [start]
            var current = start
            while let next = edges[current] {
                if let loopStart = seen.firstIndex(of: next) {
                    let cycle = Array(seen[loopStart...]) + [next]
                    if reported.insert(cycle.dropLast().sorted().joined(separator: ",")).inserted {
                        let location = library.lookup(start)
                        let file = location.flatMap { library.sources[$0.questionnaire.id]?.path } ?? start
                        problems.append(Problem(file: file, mark: location?.question.appliesIf?.mark, message: "applies_if forms a cycle: \(cycle.joined(separator: " -> ")); break it so each question depends on an earlier one"))
                    }
                    break
                }
                seen.append(next)
                current = next
            }
        }
        return problems
    }
}
