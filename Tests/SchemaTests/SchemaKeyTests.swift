@testable import Assessment
import Authoring
import Audit
import Foundation
import JSONSchemas
import Testing

/// Every object in a schema lists exactly the keys its decoder reads, so a schema change
/// without a decoder change (or the reverse) fails here.
///
/// Types with their own `CodingKeys` expose them as `CaseIterable`. Types whose `Codable`
/// conformance is synthesised read one key per stored property, so their keys are the stored
/// properties of a real value, read with `Mirror` from the bundled library and from reports
/// the scorer writes. For reports, which leave optional values out, a key is `required` in the
/// schema exactly when its property is not optional.
@Suite struct SchemaKeyTests {
    /// Where the key list of one schema object comes from.
    enum Keys {
        case codingKeys([String])
        case storedProperties(Any.Type)
    }

    static func keys<K: CodingKey & CaseIterable>(_ type: K.Type) -> Keys { .codingKeys(K.allCases.map(\.stringValue)) }

    /// Schema object (by JSON pointer) to the Swift type that reads it, for every object with `properties`.
    static let decoders: [SchemaKind: [String: Keys]] = [
        .questionnaire: [
            "#": keys(Questionnaire.CodingKeys.self),
            "#/$defs/scaleLevel": .storedProperties(ScaleLevel.self),
            "#/$defs/band": .storedProperties(Band.self),
            "#/$defs/profile": .storedProperties(TargetProfile.self),
            "#/$defs/outcomeLevels": keys(OutcomeLevels.CodingKeys.self),
            "#/$defs/domain": keys(Domain.CodingKeys.self),
            "#/$defs/question": keys(Question.CodingKeys.self),
            "#/$defs/appliesIf": keys(AppliesIf.CodingKeys.self),
            "#/$defs/answerOption": .storedProperties(AnswerOption.self),
            "#/$defs/indicators": keys(Indicators.CodingKeys.self),
            "#/$defs/indicator": .storedProperties(Indicator.self),
            "#/$defs/outcomeRule": keys(OutcomeDecisionRule.CodingKeys.self),
            "#/$defs/provenance": keys(ImportProvenance.CodingKeys.self),
        ],
        .catalogue: [
            "#": keys(FrameworkCatalogue.CodingKeys.self),
            "#/$defs/group": .storedProperties(FrameworkCatalogue.Group.self),
            "#/$defs/item": .storedProperties(FrameworkCatalogue.Item.self),
            "#/$defs/crosswalkEntry": keys(CrosswalkEntry.CodingKeys.self),
            "#/$defs/provenance": keys(ImportProvenance.CodingKeys.self),
        ],
        .answers: [
            "#": .codingKeys(AnswersFile.CodingKeys.allCases.map(\.stringValue) + AnswersFile.ScopeKeys.allCases.map(\.stringValue)),
            "#/$defs/body": keys(Body.CodingKeys.self),
            "#/$defs/system": keys(CriticalSystem.CodingKeys.self),
            "#/$defs/review": keys(ReviewHeader.CodingKeys.self),
            "#/$defs/entry": keys(AnswerEntry.CodingKeys.self),
            "#/$defs/evidence": keys(Evidence.CodingKeys.self),
        ],
        .targets: [
            "#": .storedProperties(TargetProfile.self),
        ],
        .report: [
            "#": .storedProperties(Report.self),
            "#/$defs/body": keys(Body.CodingKeys.self),
            "#/$defs/overall": .storedProperties(OverallResult.self),
            "#/$defs/weakestDomain": .storedProperties(WeakestDomain.self),
            "#/$defs/topic": .storedProperties(TopicResult.self),
            "#/$defs/domain": .storedProperties(DomainResult.self),
            "#/$defs/question": .storedProperties(QuestionResult.self),
            "#/$defs/outcome": .storedProperties(OutcomeResult.self),
            "#/$defs/evidence": .storedProperties(EvidenceResult.self),
            "#/$defs/recommendation": .storedProperties(Recommendation.self),
            "#/$defs/questionRef": .storedProperties(QuestionRef.self),
            "#/$defs/notApplicable": .storedProperties(NotApplicableItem.self),
            "#/$defs/staleEvidence": .storedProperties(StaleEvidence.self),
            "#/$defs/frameworkView": .storedProperties(FrameworkView.self),
            "#/$defs/frameworkGroup": .storedProperties(FrameworkGroupResult.self),
            "#/$defs/frameworkItem": .storedProperties(FrameworkItemResult.self),
            "#/$defs/provenance": .storedProperties(Provenance.self),
            "#/$defs/source": .storedProperties(Provenance.Source.self),
            "#/$defs/peers": .storedProperties(PeerComparison.self),
            "#/$defs/figure": .storedProperties(PeerComparison.Figure.self),
        ],
    ]

    /// The stored properties of every struct reachable from the bundled library, the fixture
    /// library and the sample reports.
    static let shapes: [ObjectIdentifier: StoredProperties] = {
        var shapes: [ObjectIdentifier: StoredProperties] = [:]
        for directory in [RepoFiles.questionnaires, RepoFiles.fixtures + "/library"] {
            if let library = try? Library.loadStrict(directory: directory) { StoredProperties.collect(library, into: &shapes) }
        }
        for report in (try? SampleReports.all()) ?? [] { StoredProperties.collect(report, into: &shapes) }
        return shapes
    }()

    @Test(arguments: SchemaKind.allCases) func everySchemaObjectHasADecoder(kind: SchemaKind) throws {
        let objects = Self.objectsWithProperties(in: try RepoFiles.schema(kind))
        #expect(objects.keys.sorted() == (Self.decoders[kind] ?? [:]).keys.sorted())
    }

    @Test(arguments: SchemaKind.allCases) func schemaKeysAreTheDecoderKeys(kind: SchemaKind) throws {
        let objects = Self.objectsWithProperties(in: try RepoFiles.schema(kind))
        for (pointer, source) in (Self.decoders[kind] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let object = objects[pointer] else { continue }
            let schemaKeys = Set(object.object?["properties"]?.object?.keys ?? [:].keys)
            let required = Set(object.object?["required"]?.array?.compactMap(\.string) ?? [])
            #expect(required.isSubset(of: schemaKeys), "\(kind.fileName) \(pointer): required keys \(required.subtracting(schemaKeys).sorted()) are not properties")
            switch source {
            case .codingKeys(let keys):
                #expect(schemaKeys == Set(keys), "\(kind.fileName) \(pointer): schema only \(schemaKeys.subtracting(keys).sorted()), decoder only \(Set(keys).subtracting(schemaKeys).sorted())")
            case .storedProperties(let type):
                guard let shape = Self.shapes[ObjectIdentifier(type)] else {
                    Issue.record("no \(type) was found in the library or the sample reports to read its properties from")
                    continue
                }
                #expect(schemaKeys == Set(shape.names), "\(kind.fileName) \(pointer): schema only \(schemaKeys.subtracting(shape.names).sorted()), \(type) only \(Set(shape.names).subtracting(schemaKeys).sorted())")
                if kind == .report {
                    #expect(required == shape.nonOptional, "\(kind.fileName) \(pointer): required \(required.sorted()), but \(type)'s non-optional properties are \(shape.nonOptional.sorted())")
                }
            }
        }
    }

    @Test func enumeratedValuesMatchTheSwiftEnums() throws {
        let questionnaire = try RepoFiles.schema(.questionnaire)
        let report = try RepoFiles.schema(.report)
        let targets = try RepoFiles.schema(.targets)
        let methods = ScoringMethod.allCases.map { JSONValue.string($0.rawValue) }
        let statuses = OutcomeStatus.allCases.map { JSONValue.string($0.rawValue) }
        #expect(questionnaire.at(pointer: "#/properties/scoring/enum")?.array == methods)
        #expect(report.at(pointer: "#/$defs/topic/properties/method/enum")?.array == methods)
        #expect(questionnaire.at(pointer: "#/$defs/outcomeStatus/enum")?.array == statuses)
        #expect(report.at(pointer: "#/$defs/outcomeStatus/enum")?.array == statuses)
        #expect(targets.at(pointer: "#/properties/outcomes/additionalProperties/enum")?.array == statuses)
        #expect(report.at(pointer: "#/properties/schema/const") == .string(Report.currentSchema))
    }

    @Test func theAnswersSchemaFileNameIsTheOneInitLinksTo() {
        #expect(SchemaKind.answers.fileName == AnswersSchemaLink.fileName)
    }

    /// Every sub-schema with `properties`, by JSON pointer.
    static func objectsWithProperties(in schema: JSONValue) -> [String: JSONValue] {
        var found: [String: JSONValue] = [:]
        func visit(_ value: JSONValue, _ pointer: String) {
            switch value {
            case .object(let members):
                if members["properties"]?.object != nil { found[pointer] = value }
                for (key, member) in members where key != "enum" && key != "const" {
                    visit(member, "\(pointer)/\(key)")
                }
            case .array(let items):
                for (i, item) in items.enumerated() { visit(item, "\(pointer)/\(i)") }
            default:
                break
            }
        }
        visit(schema, "#")
        return found
    }
}

/// The stored property names of one struct type, and which of them are not optional.
struct StoredProperties {
    var names: [String]
    var nonOptional: Set<String>

    /// Records the properties of every struct inside `value`, recursively.
    static func collect(_ value: Any, into shapes: inout [ObjectIdentifier: StoredProperties]) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?:
            let id = ObjectIdentifier(type(of: value))
            if shapes[id] == nil {
                var shape = StoredProperties(names: [], nonOptional: [])
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    shape.names.append(label)
                    if Mirror(reflecting: child.value).displayStyle != .optional { shape.nonOptional.insert(label) }
                }
                shapes[id] = shape
            }
            for child in mirror.children { collect(child.value, into: &shapes) }
        case .optional?, .collection?, .dictionary?, .set?, .tuple?:
            for child in mirror.children { collect(child.value, into: &shapes) }
        default:
            break
        }
    }
}
