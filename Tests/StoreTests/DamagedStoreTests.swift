import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// A store is a file anyone can edit in the `sqlite3` shell. Text in a score column or 1e300 in
/// a count stopped the process inside GRDB (its row subscript traps on a value of the wrong
/// type); every read is now checked, and the error names the file and the column.
@Suite struct DamagedStoreTests {
    static let damages = [
        "UPDATE assessments SET overall_score = 'abc'",
        "UPDATE assessments SET answered = 1e300",
        "UPDATE topic_scores SET score = 'x'",
        "UPDATE domain_scores SET score = 'y'",
        "UPDATE question_results SET level = 1e300",
        "UPDATE assessments SET completeness = 'z'",
    ]

    @Test(arguments: damages)
    func aDamagedValueIsAnErrorNamingTheFileNeverATrap(damage: String) throws {
        try withTemporaryDirectory { dir in
            let files = try StoreFixtures.write(StoreFixtures.region, into: dir)
            let db = dir + "/store.db"
            try StoreFixtures.batch(files, out: dir + "/out", db: db)
            try DatabaseQueue(path: db).write { try $0.execute(sql: damage) }
            let store = try ResultsStore(path: db)
            var failures: [StoreError] = []
            do { _ = try store.history(ofBody: "E07000001") } catch let error as StoreError { failures.append(error) }
            do { _ = try store.snapshot() } catch let error as StoreError { failures.append(error) }
            do { _ = try store.periodScores() } catch let error as StoreError { failures.append(error) }
            #expect(!failures.isEmpty, "\(damage) went unnoticed by every reader")
            for failure in failures {
                guard case .database(let path, let reason) = failure else {
                    Issue.record("\(failure)")
                    continue
                }
                #expect(path == db)
                #expect(reason.hasPrefix("the store is damaged: could not decode"), "\(reason)")
                #expect(!reason.contains("row:"))
            }
        }
    }
}
