/// The file kinds that have a published JSON Schema (draft 2020-12) in `schemas/` at the
/// repository root. The same text is compiled into the executable (`SchemaText+Generated.swift`,
/// written by `swift run generate-cyberassess`), so `cyberassess schema KIND` works from an installed binary.
package enum SchemaKind: String, Sendable, CaseIterable {
    /// A questionnaire (`questionnaires/*.yaml`).
    case questionnaire
    /// A framework catalogue (`questionnaires/frameworks/*.yaml`).
    case catalogue
    /// An answers file (`cyberassess init`, `score`, `assess`).
    case answers
    /// A target profile file (`score --targets`).
    case targets
    /// A JSON report (`score --format json`).
    case report

    /// The schema's file name in `schemas/`, e.g. `answers.schema.json`.
    package var fileName: String { "\(rawValue).schema.json" }

    /// The schema itself, byte for byte the file in `schemas/`.
    package var text: String {
        switch self {
        case .questionnaire: SchemaText.questionnaire
        case .catalogue: SchemaText.catalogue
        case .answers: SchemaText.answers
        case .targets: SchemaText.targets
        case .report: SchemaText.report
        }
    }
}
