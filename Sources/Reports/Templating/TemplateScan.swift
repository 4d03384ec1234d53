import CyberYAML

/// A cheap, linear look at a custom template's tags before swift-mustache parses it.
///
/// swift-mustache parses each section by recursion and copies the section's text at every
/// level, so a few thousand nested sections overflow the stack and 100,000 take hours. The
/// scan refuses nesting deeper than `maxDepth` (sections `{{#`, inverted sections `{{^`,
/// blocks `{{$` and inherited partials `{{<` all count), more than `maxTags` tags, and
/// tag-delimiter changes (`{{=`), which would let a template hide its tags from this scan.
/// It also lists every tag that writes text unescaped: `{{{name}}}`, `{{&name}}` and `{{%...}}` pragmas (which can switch
/// escaping off). Partials are never loaded (templates are rendered without a partial
/// library), so a template cannot include itself.
package struct TemplateScan: Sendable, Equatable {
    /// The deepest nesting of sections accepted; the bundled templates need 6.
    package static let maxDepth = 32
    /// The most tags accepted; the bundled templates have 270. swift-mustache's time grows
    /// faster than the number of tags (100,000 take minutes), so this bounds it too.
    package static let maxTags = 5_000

    /// A tag that writes input text without escaping it for the output format.
    package struct RawOutput: Sendable, Equatable {
        /// The tag as written, e.g. `{{{body.name}}}`.
        package var tag: String
        /// Where it starts (1-based line and column).
        package var mark: Mark

        /// The escaped form of the same value, e.g. `{{body.name}}`; nil for a pragma.
        package var escapedForm: String? {
            guard let name = Self.name(of: tag) else { return nil }
            return "{{" + name + "}}"
        }

        private static func name(of tag: String) -> String? {
            var inner = Substring(tag.dropFirst(2).dropLast(2))
            if inner.hasPrefix("{"), inner.hasSuffix("}") {
                inner = inner.dropFirst().dropLast()
            } else if inner.hasPrefix("&") {
                inner = inner.dropFirst()
            } else {
                return nil
            }
            return inner.trimmingWhitespace
        }
    }

    /// Why a template is refused, with the place of the tag at fault.
    package struct Refusal: Error, Sendable, Equatable {
        package var mark: Mark
        package var message: String
    }

    /// Every unescaped-output tag, in order.
    package var rawOutputs: [RawOutput] = []

    /// Scans `text`, throwing at the first tag past a limit. Linear in the text's length.
    package init(_ text: String) throws(Refusal) {
        var cursor = Cursor(bytes: Array(text.utf8))
        var depth = 0, tags = 0
        while let byte = cursor.peek() {
            guard byte == UInt8(ascii: "{"), cursor.peek(1) == UInt8(ascii: "{") else {
                cursor.advance()
                continue
            }
            let start = cursor.index, at = cursor.mark
            tags += 1
            if tags > Self.maxTags {
                throw Refusal(mark: at, message: "more than \(Self.maxTags) tags; a custom template may have at most \(Self.maxTags)")
            }
            let kind = cursor.peek(2)
            // The tag ends at the first `}}` (`}}}` for a triple mustache); what lies between,
            // line breaks of comments included, belongs to the tag.
            let close = Array((kind == UInt8(ascii: "{") ? "}}}" : "}}").utf8)
            cursor.advance(2)
            while cursor.peek() != nil, !cursor.isAt(close) { cursor.advance() }
            cursor.advance(close.count)
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                if depth > Self.maxDepth {
                    throw Refusal(mark: at, message: "sections are nested more than \(Self.maxDepth) deep; a custom template may nest at most \(Self.maxDepth)")
                }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "="):
                throw Refusal(mark: at, message: "changing the tag delimiters ({{=...=}}) is not supported in custom templates; use {{ and }}")
            case UInt8(ascii: "{"), UInt8(ascii: "&"), UInt8(ascii: "%"):
                rawOutputs.append(RawOutput(tag: cursor.text(from: start), mark: at))
            default:
                break
            }
        }
    }

    /// A position in the template's bytes that keeps its line and column (in characters).
    private struct Cursor {
        let bytes: [UInt8]
        private(set) var index = 0
        private(set) var mark = Mark(line: 1, column: 1)

        init(bytes: [UInt8]) { self.bytes = bytes }

        func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        func isAt(_ text: [UInt8]) -> Bool { bytes[index...].starts(with: text) }

        func text(from start: Int) -> String { String(decoding: bytes[start..<index], as: UTF8.self) }

        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count {
                guard index < bytes.count else { return }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\n") {
                    mark = Mark(line: mark.line + 1, column: 1)
                } else if byte & 0xC0 != 0x80 {
                    mark = Mark(line: mark.line, column: mark.column + 1)
                }
            }
        }
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
