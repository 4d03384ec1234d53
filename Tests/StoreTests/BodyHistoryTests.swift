import Assessment
import Audit
import Foundation
import Store
import TestSupport
import Testing

/// Reading one body's periods back from the store, and the errors for ids it cannot give.
@Suite struct BodyHistoryTests {
    @Test func aBodysPeriodsComeBackAsReportsOldestFirst() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        try StoreFixtures.batch(try StoreFixtures.write(StoreFixtures.region, into: folder.path), out: folder.path + "/out", db: db)
        let history = try ResultsStore(path: db).history(ofBody: "E07000001")
        #expect(history.map(\.report.period) == ["2025-26", "2026-27"])
        #expect(history.map(\.source) == [db + " (2025-26)", db + " (2026-27)"])
        // 2025-26: GOV (weight 2) at level 1 of 17; 2026-27: every domain at level 1.
        #expect(history.map(\.report.overall.score) == [0.12, 1])
        let domains = history[1].report.topics[0].domains
        #expect(domains.map(\.id) == StoreFixtures.questionnaire.domains.map(\.id))
        #expect(domains[0].questions.map(\.id) == StoreFixtures.questionnaire.domains[0].questions.map(\.id))
        #expect(history[0].report.body == Body(id: "E07000001", name: "Alpha District", type: "district", region: "South East"))
    }

    @Test func anUnknownIdIsNamedWithTheClosestStoredOne() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        try StoreFixtures.batch(try StoreFixtures.write(StoreFixtures.region, into: folder.path), out: folder.path + "/out", db: db)
        let store = try ResultsStore(path: db)
        #expect(throws: StoreError.unknownBody(path: db, id: "E07000011", closest: "E07000001")) { try store.history(ofBody: "E07000011") }
        #expect(throws: StoreError.unknownBody(path: db, id: "nothing-like-it", closest: nil)) { try store.history(ofBody: "nothing-like-it") }
        let message = StoreError.unknownBody(path: db, id: "E07000011", closest: "E07000001").description
        #expect(message.contains("no assessment of body 'E07000011' (did you mean 'E07000001'?)"))
        #expect(StoreError.unknownBody(path: db, id: "x", closest: nil).isUsage)
    }

    @Test func anAnonymisedStoreSaysItHasNoIds() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/a.sqlite"
        try StoreFixtures.batch(try StoreFixtures.write(StoreFixtures.region, into: folder.path), out: folder.path + "/out", db: db, anonymise: true, minGroup: 1)
        #expect(throws: StoreError.anonymised(path: db, asked: "body E07000001")) { try ResultsStore(path: db).history(ofBody: "E07000001") }
        #expect(StoreError.anonymised(path: db, asked: "body E07000001").description.contains("no body names or ids"))
    }
}

/// The store as a peer benchmark, for `score --benchmark FILE.sqlite`.
@Suite struct StoredBenchmarkTests {
    @Test func theStoreGivesTheBenchmarkTheBatchWrote() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        let latest = StoreFixtures.region.filter { $0.period == "2026-27" }
        try StoreFixtures.batch(try StoreFixtures.write(latest, into: folder.path), out: folder.path + "/out", db: db)
        #expect(ResultsStore.isStore(db) && !ResultsStore.isStore(folder.path + "/out/benchmark.json"))
        let written = try PeerBenchmark.load(folder.path + "/out/benchmark.json")
        let stored = try ResultsStore(path: db).peerBenchmark()
        #expect(stored.all.bodies == 4 && stored.periods == ["2026-27"])
        #expect(stored.all.overall?.median == written.all.overall?.median)
        #expect(stored.all.domains["RES-IAM"] == written.all.domains["RES-IAM"])
        #expect(Set(stored.types.keys) == ["county", "district"])
        let report = try Scorer(library: StoreFixtures.library).score(file: folder.path + "/0-E07000001-2026-27.yaml")
        #expect(try report.withPeers(from: stored).peers == (try report.withPeers(from: written).peers))
    }
}
