import Testing
@testable import Reports

@Suite struct FormatTests {
    @Test func scores() {
        #expect(Format.score(nil) == "—")
        #expect(Format.score(2.6) == "2.60")
        #expect(Format.score(2.614) == "2.61")
        #expect(Format.score(0.125) == "0.13")
        #expect(Format.score(-0.004) == "0.00")
        #expect(Format.score(-1.5) == "-1.50")
        #expect(Format.score(.nan) == "—")
    }

    @Test func percentsAndNumbers() {
        #expect(Format.percent(83.4) == "83%")
        #expect(Format.percent(99.5) == "100%")
        #expect(Format.number(1) == "1")
        #expect(Format.number(0.5) == "0.5")
        #expect(Format.number(1.254) == "1.25")
        #expect(Format.priority(3) == "3.00")
        #expect(Format.level(nil) == "—")
        #expect(Format.level(4) == "4")
    }
}
