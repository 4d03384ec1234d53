import Reports
import Testing

/// `escapeControls`, through which every listing item is printed: controls are shown, never
/// acted on, and only an indented line may follow a line break.
@Suite struct ControlCharacterTests {
    @Test func plainTextIsUnchanged() {
        #expect(escapeControls("answers.yaml:3:5: unknown question id 'X-1'") == "answers.yaml:3:5: unknown question id 'X-1'")
        #expect(escapeControls("Café – ✓\ttab") == "Café – ✓\ttab")
    }

    @Test func controlsAreWrittenAsTheirCodes() {
        #expect(escapeControls("X\u{1B}]0;owned\u{07}\u{1B}[31mY\r") == #"X\u{1B}]0;owned\u{7}\u{1B}[31mY\u{D}"#)
        #expect(escapeControls("a\u{7F}b\u{9B}c\u{202E}d\u{2066}e\u{0}") == #"a\u{7F}b\u{9B}c\u{202E}d\u{2066}e\u{0}"#)
    }

    @Test func aLineBreakIsKeptOnlyBeforeAnIndentedLine() {
        #expect(escapeControls("3 regressions:\n  RES-GOV down\n\tRES-BAK down") == "3 regressions:\n  RES-GOV down\n\tRES-BAK down")
        #expect(escapeControls("unknown id 'Y\nforged.yaml:1:1: forged'") == #"unknown id 'Y\u{A}forged.yaml:1:1: forged'"#)
        #expect(escapeControls("a\n\nb") == #"a\u{A}\u{A}b"#)
        #expect(escapeControls("ends with its own line break\n") == "ends with its own line break")
        #expect(escapeControls("ends with a forged one\n\n") == #"ends with a forged one\u{A}"#)
    }
}
