import Foundation

/// The one JSON encoding the project writes: sorted keys, two-space indentation, slashes left
/// as they are, and a final newline. The same value always gives the same bytes, which is what
/// report digests and golden files rely on.
package enum CanonicalJSON {
    /// Encodes `value`. `path` names the file the bytes are for, for the error message.
    package static func encode<T: Encodable>(_ value: T, for path: String = "") throws(AssessmentError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return [UInt8](try encoder.encode(value)) + [0x0A]
        } catch {
            throw .encoding(path: path, reason: describe(error))
        }
    }

    /// Decodes `bytes` as `T`, naming what is missing or wrong and where.
    package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String, expected: String) throws(AssessmentError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw .schema(path: path, expected: expected, found: describe(error))
        }
    }

    /// A codec error in the project's words, with the path of keys where it happened.
    package static func describe(_ error: any Error) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case EncodingError.invalidValue(let value, let context):
            if let number = value as? Double, !number.isFinite {
                return "a number that is not finite (\(number)) at \(at(context.codingPath))"
            }
            return "a value that JSON cannot hold at \(at(context.codingPath))"
        case DecodingError.keyNotFound(let key, let context):
            return "no '\(key.stringValue)' at \(at(context.codingPath))"
        case DecodingError.typeMismatch(let type, let context), DecodingError.valueNotFound(let type, let context):
            return "a value that is not \(typeName(type)) at \(at(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "text that is not JSON" : "a malformed value at \(at(context.codingPath))"
        default:
            return "data that could not be read as JSON"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        default: "of the expected shape"
        }
    }
}
