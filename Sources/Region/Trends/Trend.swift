import Assessment
import Audit

/// One body's scores across several periods, oldest first, with what changed between each
/// period and the next (comparability and regressions, as `compare` states them).
package struct Trend: Sendable {
    /// One line of the trend: the overall score, a topic or a domain.
    package struct Series: Sendable, Equatable {
        /// Whether the line is the overall score, a topic or a domain.
        package enum Kind: String, Sendable { case overall, topic, domain }
        package var kind: Kind
        /// Questionnaire or domain id (`overall` for the overall line).
        package var id: String
        package var title: String
        /// The topic a domain belongs to (the topic itself for a topic line).
        package var topic: String?
        /// One score per period, nil where the period does not score it.
        package var scores: [Double?]
        /// The latest target, where there is one.
        package var target: Double?
    }

    /// The body, as the latest period names it.
    package var body: Body
    /// Periods, oldest first.
    package var periods: [String]
    /// Where each period's report came from.
    package var sources: [String]
    /// The highest level of the scales used (for drawing).
    package var scaleMax: Int
    /// The overall line, then each topic followed by its domains.
    package var series: [Series]
    /// Between each period and the next: `steps[i]` compares `periods[i]` with `periods[i + 1]`.
    package var steps: [Comparison]

    /// Builds the trend of `reports` (each with its source), sorted by period.
    package init(_ reports: [(report: Report, source: String)], weakBelow: Double = Comparison.defaultWeakBelow) throws(TrendError) {
        guard reports.count >= 2 else { throw .tooFewPeriods(reports.count) }
        let sorted = reports.sorted { $0.report.period < $1.report.period }
        let ids = Set(sorted.map(\.report.body.id))
        guard ids.count == 1 else { throw .severalBodies(ids.sorted()) }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.report.period == b.report.period {
            throw .samePeriod(period: a.report.period, a.source, b.source)
        }
        let latest = sorted.last!.report
        body = latest.body
        periods = sorted.map(\.report.period)
        sources = sorted.map(\.source)
        scaleMax = sorted.flatMap { $0.report.topics.map(\.scaleMax) }.max() ?? 5
        steps = zip(sorted, sorted.dropFirst()).map {
            Comparison(old: $0.report, new: $1.report, oldSource: $0.source, newSource: $1.source, weakBelow: weakBelow)
        }
        series = [Series(kind: .overall, id: "overall", title: "Overall", topic: nil, scores: sorted.map(\.report.overall.score), target: nil)]
        // Topics and domains in the order they first appear, latest titles and targets winning.
        var topicOrder: [String] = [], domainOrder: [String: [String]] = [:]
        var titles: [String: String] = [:], targets: [String: Double] = [:]
        for (report, _) in sorted {
            for topic in report.topics {
                if !topicOrder.contains(topic.id) { topicOrder.append(topic.id) }
                titles[topic.id] = topic.title
                targets[topic.id] = topic.target
                for domain in topic.domains {
                    if !(domainOrder[topic.id] ?? []).contains(domain.id) { domainOrder[topic.id, default: []].append(domain.id) }
                    titles[domain.id] = domain.title
                    targets[domain.id] = Double(domain.target)
                }
            }
        }
        for topic in topicOrder {
            let topicScores = sorted.map { $0.report.topics.first { $0.id == topic }?.score }
            series.append(Series(kind: .topic, id: topic, title: titles[topic] ?? topic, topic: topic, scores: topicScores, target: targets[topic]))
            for domain in domainOrder[topic] ?? [] {
                let scores = sorted.map { $0.report.topics.first { $0.id == topic }?.domains.first { $0.id == domain }?.score }
                series.append(Series(kind: .domain, id: domain, title: titles[domain] ?? domain, topic: topic, scores: scores, target: targets[domain]))
            }
        }
    }

    /// Every regression between consecutive periods, each with the two periods.
    package var regressions: [(from: String, to: String, regression: Comparison.Regression)] {
        steps.flatMap { step in step.regressions.map { (step.old.period, step.new.period, $0) } }
    }
}

/// Why a trend could not be drawn.
package enum TrendError: DiagnosticError, Sendable, Equatable {
    /// Fewer than two periods.
    case tooFewPeriods(Int)
    /// Reports of more than one body.
    case severalBodies([String])
    /// Two reports for the same period.
    case samePeriod(period: String, String, String)

    package var isUsage: Bool { true }

    package var description: String {
        switch self {
        case .tooFewPeriods(let count):
            "a trend needs reports for two or more periods; found \(count)"
        case .severalBodies(let ids):
            "a trend follows one body; these reports are for \(ids.joined(separator: ", "))"
        case .samePeriod(let period, let a, let b):
            "\(a) and \(b) are both for period \(period); give one report per period"
        }
    }

    package var problems: [Problem] { [Problem(file: "", mark: nil, message: description)] }
}
