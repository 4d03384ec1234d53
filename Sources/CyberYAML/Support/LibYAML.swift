internal import CYAML

// The one place where libyaml's C values become this module's Swift values. The parser, the
// event reader, the event counter and the emitter all go through these, so they agree on
// positions, scalar styles and error messages.

extension Mark {
    /// A libyaml mark (0-based line and column) as a 1-based position.
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

extension YAMLError {
    /// The syntax error a libyaml parser stopped with: its problem, the context it was in,
    /// and where.
    init(stoppedParser parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        self = .syntax(problem: context.map { "\(problem) \($0)" } ?? problem, mark: Mark(parser.problem_mark))
    }
}

extension Node.Scalar.Style {
    /// How libyaml says a scalar was written.
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }

    /// The libyaml style to write a scalar in; `.any` leaves the choice to libyaml.
    var libyamlStyle: yaml_scalar_style_t {
        switch self {
        case .any: YAML_ANY_SCALAR_STYLE
        case .plain: YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: YAML_LITERAL_SCALAR_STYLE
        case .folded: YAML_FOLDED_SCALAR_STYLE
        }
    }
}

extension String {
    /// Text libyaml hands over as a pointer and a length.
    init(libyaml pointer: UnsafePointer<yaml_char_t>, count: Int) {
        self.init(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}

/// Sets up `parser` to read `count` UTF-8 bytes at `input`; false when libyaml cannot start.
/// A leading byte-order mark, as Windows editors write, is skipped: with the encoding set,
/// libyaml would read it as content. The caller deletes the parser with `yaml_parser_delete`.
func startParser(_ parser: inout yaml_parser_t, input: UnsafePointer<UInt8>?, count: Int) -> Bool {
    guard yaml_parser_initialize(&parser) == 1 else { return false }
    let skip = input.map { byteOrderMarkLength(UnsafeBufferPointer(start: $0, count: count)) } ?? 0
    yaml_parser_set_input_string(&parser, input.map { $0 + skip }, count - skip)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    return true
}
