import Foundation
import Testing
@testable import Assessment

/// Dates are written with four-digit years, so every date the tool writes reads back.
@Suite struct DayTests {
    @Test func yearsAreAlwaysFourDigits() {
        #expect(Day(year: 1, month: 1, day: 1).description == "0001-01-01")
        #expect(Day(year: 999, month: 12, day: 31).description == "0999-12-31")
        #expect(Day(year: 2026, month: 3, day: 9).description == "2026-03-09")
    }

    @Test func yearsOneToNineThousandNineHundredNinetyNineAreAccepted() {
        #expect(Day("0001-01-01") == Day(year: 1, month: 1, day: 1))
        #expect(Day("9999-12-31") == Day(year: 9999, month: 12, day: 31))
        #expect(Day("0000-06-01") == nil)
        for day in [Day(year: 1, month: 1, day: 1), Day(year: 999, month: 2, day: 28), Day(year: 2024, month: 2, day: 29)] {
            #expect(Day(day.description) == day)
        }
    }

    @Test func subtractingNeverLeavesTheCalendar() {
        #expect(Day(year: 1, month: 3, day: 31).subtracting(months: 12) == Day(year: 1, month: 1, day: 1))
        #expect(Day(year: 2026, month: 10, day: 1).subtracting(months: 1200) == Day(year: 1926, month: 10, day: 1))
        #expect(Day(year: 2026, month: 10, day: 1).subtracting(months: .max) == Day(year: 1, month: 1, day: 1))
    }
}
