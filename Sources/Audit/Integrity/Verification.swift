import Assessment
import Foundation

/// One thing found wrong when checking a report. `subject` names what was checked — a JSON
/// path into the report such as `topics[cyber-resilience].domains[RES-REC].score`, or a
/// check such as `digest` — and `message` says what differs and what to do.
package struct VerificationFinding: Sendable, Codable, Equatable, CustomStringConvertible {
    package enum Check: String, Sendable, Codable, Equatable {
        /// The report's digest against its own content.
        case digest
        /// The answers file's SHA-256 against the provenance.
        case answers
        /// A questionnaire file's SHA-256 or version against the provenance.
        case questionnaire
        /// The targets file's SHA-256 against the provenance.
        case targets
        /// The report against the report the answers give when scored again.
        case content
        /// The detached Ed25519 signature.
        case signature
        /// The peer figures against those a benchmark gives.
        case peers
    }

    package var check: Check
    package var subject: String
    package var message: String

    package init(check: Check, subject: String, message: String) {
        self.check = check
        self.subject = subject
        self.message = message
    }

    /// `subject: message`.
    package var description: String { "\(subject): \(message)" }
}

/// One check that was made, with its words for either outcome: it failed when any finding
/// is of its kind.
package struct VerificationCheck: Sendable, Codable, Equatable {
    package var check: VerificationFinding.Check
    /// What the check says when nothing of its kind was found.
    package var passed: String
    /// What it says when something was.
    package var failed: String

    package init(_ check: VerificationFinding.Check, passed: String, failed: String) {
        self.check = check
        self.passed = passed
        self.failed = failed
    }
}

/// The outcome of checking a report: what was checked, what was found wrong, and what could
/// not be checked. The report is verified when nothing was found.
package struct Verification: Sendable, Codable, Equatable {
    /// Each check that was made, in the order made.
    package var checked: [VerificationCheck]
    package var findings: [VerificationFinding]
    /// What the report holds that nothing checked, in words (e.g. peer figures without a
    /// benchmark).
    package var notChecked: [String]

    package init(checked: [VerificationCheck] = [], findings: [VerificationFinding] = [], notChecked: [String] = []) {
        self.checked = checked
        self.findings = findings
        self.notChecked = notChecked
    }

    package var verified: Bool { findings.isEmpty }

    /// Each check in words, phrased by its outcome ("digest matches the report's content",
    /// or "digest does NOT match the report's content").
    package var checkedLines: [String] {
        checked.map { check in findings.contains { $0.check == check.check } ? check.failed : check.passed }
    }

    package mutating func append(_ other: Verification) {
        checked += other.checked
        findings += other.findings
        notChecked += other.notChecked
    }
}
