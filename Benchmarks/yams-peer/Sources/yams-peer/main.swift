import Foundation
import Yams

// Decodes every answers file named on stdin into Codable structs with Yams (no scoring), the
// way a Swift program without cyberassess's fast reader would read them, and prints how many.

/// An answers file's shape, as far as decoding it goes.
struct AnswersFile: Decodable {
    struct Body: Decodable {
        var id: String
        var name: String
        var type: String?
        var region: String?
    }

    struct Evidence: Decodable {
        var title: String
        var location: String?
        var date: String?
    }

    /// An answer: a bare value, or a mapping with an answer or agreed indicators.
    enum Answer: Decodable {
        case value(String?)
        case entry(Entry)

        struct Entry: Decodable {
            var answer: String?
            var agreed: [String]?
            var comment: String?
            var justification: String?
            var answered_by: String?
            var evidence: [Evidence]?
        }

        init(from decoder: any Decoder) throws {
            if let entry = try? Entry(from: decoder) {
                self = .entry(entry)
            } else {
                self = .value(try decoder.singleValueContainer().decode(String?.self))
            }
        }
    }

    var body: Body
    var period: String
    var assessor: String?
    var date: String
    var questionnaires: [String: String]
    var answers: [String: Answer?]
}

let decoder = YAMLDecoder()
var count = 0
while let path = readLine(), !path.isEmpty {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let file = try decoder.decode(AnswersFile.self, from: data)
    count += file.answers.count > 0 ? 1 : 0
}
print("decoded \(count) files")
