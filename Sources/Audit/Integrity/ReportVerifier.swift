import Assessment
import Foundation

/// Checks a report against the answers and library it claims to come from: its digest, the
/// SHA-256 of the answers, questionnaire and targets files in its provenance, and its content
/// against the report the answers give when scored again with the same options.
package struct ReportVerifier: Sendable {
    package let library: Library
    /// The library folder, named in messages.
    package let libraryPath: String

    package init(library: Library, libraryPath: String) {
        self.library = library
        self.libraryPath = libraryPath
    }

    /// Checks only that the report's digest matches its content (no answers needed).
    package static func checkDigest(_ report: Report, path: String) -> Verification {
        var result = Verification(checked: [VerificationCheck(.digest, passed: "digest matches the report's content", failed: "digest does NOT match the report's content")])
        guard let claimed = report.digest else {
            result.findings.append(VerificationFinding(check: .digest, subject: "digest", message: "\(path) has no digest; it was not made by cyberassess score, or the digest was removed"))
            return result
        }
        let actual = (try? report.computeDigest()) ?? ""
        if claimed != actual {
            result.findings.append(VerificationFinding(check: .digest, subject: "digest", message: "the report says \(claimed), its content gives \(actual); \(path) was edited after it was made"))
        }
        return result
    }

    /// Verifies `report` (read from `reportPath`) against the answers file at `answersPath`.
    /// `targets` is the targets file the report was scored with, if any; the evidence age is
    /// taken from the report's stale-evidence cutoff unless `staleAfterMonths` is given.
    /// Throws when the answers or targets file cannot be read or does not fit the library.
    package func verify(_ report: Report, reportPath: String, answersPath: String, targetsPath: String? = nil, staleAfterMonths: Int? = nil) throws(AssessmentError) -> Verification {
        var result = Self.checkDigest(report, path: reportPath)
        let source = try SourceFile.read(answersPath)
        let answers = try Scorer.decodeAnswers(source)

        result.checked.append(VerificationCheck(.answers, passed: "answers SHA-256 matches the provenance", failed: "answers SHA-256 does NOT match the provenance"))
        if source.sha256 != report.provenance.answersSHA256 {
            result.findings.append(VerificationFinding(
                check: .answers, subject: "provenance.answersSHA256",
                message: "answers file SHA-256 differs from the report's provenance: the report says \(report.provenance.answersSHA256), \(answersPath) gives \(source.sha256); the answers were edited after the report was made, or this is a different answers file"))
        }

        result.checked.append(VerificationCheck(.questionnaire, passed: "questionnaire SHA-256s match the library", failed: "questionnaire SHA-256s or versions do NOT match the library"))
        for entry in report.provenance.questionnaires {
            let subject = "provenance.questionnaires[\(entry.id)]"
            guard let file = library.sources[entry.id], let questionnaire = library.questionnaire(entry.id) else {
                result.findings.append(VerificationFinding(check: .questionnaire, subject: subject, message: "the report was scored with questionnaire '\(entry.id)' version \(entry.version), which is not in the library at \(libraryPath); pass --questionnaires with the library it was scored with"))
                continue
            }
            if questionnaire.version != entry.version {
                result.findings.append(VerificationFinding(check: .questionnaire, subject: subject + ".version", message: "the report says \(entry.version), \(file.path) is version \(questionnaire.version); use the library the report was scored with"))
            }
            if file.sha256 != entry.sha256 {
                result.findings.append(VerificationFinding(check: .questionnaire, subject: subject + ".sha256", message: "questionnaire SHA-256 differs: the report says \(entry.sha256), \(file.path) gives \(file.sha256); the questionnaire was edited after the report was made, or this is a different library"))
            }
        }

        var options = ScoringOptions(
            staleAfterMonths: staleAfterMonths ?? report.provenance.staleAfterMonths ?? Self.staleMonths(of: report) ?? 12,
            topicWeights: report.overall.topicWeights,
            generatedAt: report.provenance.generatedAt)
        // Reports made before topics followed the library's order kept the answers file's.
        options.topicOrder = report.topics.map(\.id)
        if let claimed = report.provenance.targetsSHA256 {
            result.checked.append(VerificationCheck(.targets, passed: "targets SHA-256 matches the provenance", failed: "targets SHA-256 does NOT match the provenance, or no targets file was given"))
            guard let targetsPath else {
                result.findings.append(VerificationFinding(check: .targets, subject: "provenance.targetsSHA256", message: "the report was scored with a targets file (SHA-256 \(claimed)); pass --targets FILE to re-score it the same way"))
                return result
            }
            let (profile, sha) = try TargetsFile.load(targetsPath, library: library)
            if sha != claimed {
                result.findings.append(VerificationFinding(check: .targets, subject: "provenance.targetsSHA256", message: "targets file SHA-256 differs: the report says \(claimed), \(targetsPath) gives \(sha); the targets were edited after the report was made, or this is a different file"))
            }
            options.targets = profile
            options.targetsSHA256 = sha
        } else if let profile = report.profile {
            if library.hasProfile(profile) {
                options.profileName = profile
            } else {
                result.findings.append(VerificationFinding(check: .content, subject: "profile", message: "the report names target profile '\(profile)', which no questionnaire in \(libraryPath) defines" + (library.profileIDs.isEmpty ? "" : " (they define \(library.profileIDs.joined(separator: ", ")))") + "; scored without it"))
            }
        }

        result.checked.append(VerificationCheck(.content, passed: "content matches the answers scored again", failed: "content does NOT match the answers scored again"))
        let rescored = try Scorer(library: library).score(answers, file: answersPath, answersSHA256: report.provenance.answersSHA256, options: options)
        var given = report, expected = rescored
        // The digest and the provenance hashes are checked above; compare everything else.
        given.digest = nil
        expected.digest = nil
        expected.provenance.answersSHA256 = given.provenance.answersSHA256
        expected.provenance.questionnaires = given.provenance.questionnaires
        // Which library the report names is outside the digest: an identical library verifies
        // wherever it is (a folder here, the bundled copy there).
        expected.provenance.library = given.provenance.library
        // Peer figures come from a benchmark, not from the answers; the digest covers them.
        expected.peers = given.peers
        // Reports made before the headline figures were added do not have them.
        if given.overall.draft == nil {
            expected.overall.levelZeroQuestions = nil
            expected.overall.weakestDomain = nil
            expected.overall.draft = nil
        }
        if given != expected {
            for difference in JSONTreeDiff.differences(given, expected) {
                result.findings.append(VerificationFinding(check: .content, subject: difference.path, message: difference.message))
            }
        }
        return result
    }

    /// The evidence age the report was scored with, read from its stale-evidence cutoff.
    package static func staleMonths(of report: Report) -> Int? {
        guard let cutoff = report.staleEvidence.first?.cutoff else { return nil }
        return (0...1200).first { report.date.subtracting(months: $0) == cutoff }
    }
}

/// Differences between two values' JSON trees, each named by a path in which list items with
/// a unique `id` (or `question`, `framework`, `key`) are named by it: `topics[x].domains[Y].score`.
package enum JSONTreeDiff {
    package struct Difference: Equatable {
        package var path: String
        package var message: String
    }

    /// What the report is compared with, in the words of the messages.
    package struct Source {
        /// "answers give", before the expected value.
        package var gives: String
        /// "the answers give", starting a clause.
        package var theyGive: String
        /// "the answers do not give".
        package var theyDoNotGive: String

        package static let answers = Source(gives: "answers give", theyGive: "the answers give", theyDoNotGive: "the answers do not give")
        package static let benchmark = Source(gives: "the benchmark gives", theyGive: "the benchmark gives", theyDoNotGive: "the benchmark does not give")
    }

    package static func differences<T: Encodable>(_ given: T, _ expected: T, source: Source = .answers) -> [Difference] {
        guard let a = JSONValue.make(given), let b = JSONValue.make(expected) else {
            return [Difference(path: "report", message: "could not be encoded for comparison")]
        }
        var out: [Difference] = []
        walk(a, b, path: "", source: source, into: &out)
        return out
    }

    private static func walk(_ a: JSONValue, _ b: JSONValue, path: String, source: Source, into out: inout [Difference]) {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            for key in Set(x.keys).union(y.keys).sorted(by: { (rank($0, at: path), $0) < (rank($1, at: path), $1) }) {
                let sub = path.isEmpty ? key : path + "." + key
                walk(x[key] ?? .null, y[key] ?? .null, path: sub, source: source, into: &out)
            }
        case (.array(let x), .array(let y)):
            if let kx = keys(x), let ky = keys(y) {
                let mx = Dictionary(uniqueKeysWithValues: zip(kx, x)), my = Dictionary(uniqueKeysWithValues: zip(ky, y))
                for key in kx where my[key] == nil {
                    out.append(Difference(path: "\(path)[\(key)]", message: "in the report, but \(source.theyDoNotGive) it"))
                }
                for key in ky where mx[key] == nil {
                    out.append(Difference(path: "\(path)[\(key)]", message: "\(source.theyGive) it, but it is missing from the report"))
                }
                for key in kx where my[key] != nil { walk(mx[key]!, my[key]!, path: "\(path)[\(key)]", source: source, into: &out) }
                let common = kx.filter { my[$0] != nil }, order = ky.filter { mx[$0] != nil }
                if common != order {
                    out.append(Difference(path: path, message: "items are in a different order: the report has \(common.joined(separator: ", ")), \(source.theyGive) \(order.joined(separator: ", "))"))
                }
            } else {
                for i in 0..<max(x.count, y.count) {
                    walk(i < x.count ? x[i] : .null, i < y.count ? y[i] : .null, path: "\(path)[\(i)]", source: source, into: &out)
                }
            }
        default:
            if a != b {
                out.append(Difference(path: path, message: "report says \(a.summary), \(source.gives) \(b.summary)"))
            }
        }
    }

    /// A report's own fields come in reading order (what was scored first, derived lists
    /// last); every other object's keys alphabetically.
    private static func rank(_ key: String, at path: String) -> Int {
        guard path.isEmpty else { return 0 }
        let order = ["schema", "body", "period", "assessor", "date", "profile", "overall", "topics", "recommendations",
                     "unanswered", "notApplicable", "staleEvidence", "frameworks", "peers", "provenance"]
        return order.firstIndex(of: key) ?? order.count
    }

    /// The naming key of every item, when they all have one and no two share it.
    private static func keys(_ items: [JSONValue]) -> [String]? {
        guard !items.isEmpty else { return nil }
        for field in ["id", "question", "framework", "key"] {
            let names = items.compactMap { item -> String? in
                if case .object(let o) = item, case .string(let s)? = o[field] { return s }
                return nil
            }
            if names.count == items.count, Set(names).count == names.count { return names }
        }
        return nil
    }
}

/// A decoded JSON value, for comparing two encodings structurally.
package enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package static func make<T: Encodable>(_ value: T) -> JSONValue? {
        guard let bytes = try? CanonicalJSON.encode(value),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        else { return nil }
        return JSONValue(object)
    }

    /// Converts what `JSONSerialization` gives; booleans are the numbers of type `c`.
    package init(_ object: Any) {
        switch object {
        case let s as String: self = .string(s)
        case let a as [Any]: self = .array(a.map(JSONValue.init))
        case let o as [String: Any]: self = .object(o.mapValues(JSONValue.init))
        case let n as NSNumber: self = String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .number(n.doubleValue)
        default: self = .null
        }
    }

    /// A short rendering for messages: whole numbers without decimals, strings quoted and cut.
    package var summary: String {
        switch self {
        case .null: return "nothing"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): return "\"" + (s.count > 60 ? String(s.prefix(59)) + "…" : s) + "\""
        case .array(let a): return "a list of \(a.count)"
        case .object: return "an object"
        }
    }
}
