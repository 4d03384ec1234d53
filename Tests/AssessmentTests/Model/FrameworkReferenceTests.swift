import Foundation
import Testing
@testable import Assessment

/// References stay typed in results and are written `framework:id` in reports.
@Suite struct FrameworkReferenceTests {
    @Test func encodesAsOneFrameworkColonIDString() throws {
        let data = try JSONEncoder().encode([FrameworkReference(framework: "ncsc-caf", id: "B5.c")])
        #expect(String(decoding: data, as: UTF8.self) == #"["ncsc-caf:B5.c"]"#)
        #expect(try JSONDecoder().decode([FrameworkReference].self, from: data) == [FrameworkReference(framework: "ncsc-caf", id: "B5.c")])
    }

    @Test func splitsAtTheFirstColonOnly() {
        #expect(FrameworkReference(parsing: "iso27001:A:5.1") == FrameworkReference(framework: "iso27001", id: "A:5.1"))
        #expect(FrameworkReference(parsing: "no-colon") == nil)
    }
}
