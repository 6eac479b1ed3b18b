import Foundation
@testable import SMEPostgres
import SMEModel
import Testing

/// The same behaviour from both stores: what the dashboard and the CLI rely on when they save.
@Suite struct DocumentStoreConformanceTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case files, postgres
        var testDescription: String { rawValue }
    }

    /// Two handles on one store (two officials), and a clean-up.
    struct Pair {
        var first: any DocumentStore
        var second: any DocumentStore
        var finish: () -> Void
    }

    static func stores(_ kind: Kind) throws -> Pair {
        switch kind {
        case .files:
            let folder = try TemporaryFolder()
            let data = DataFolder(root: folder.path)
            return Pair(first: FileDocumentStore(folder: data), second: FileDocumentStore(folder: data), finish: { _ = folder })
        case .postgres:
            let database = try TestServer.freshDatabase()
            let first = database.store()
            try first.migrate()
            return Pair(first: first, second: database.store(), finish: database.drop)
        }
    }

    static func enabled(_ kind: Kind) -> Bool { kind == .files || TestServer.isConfigured }

    static let body = Data(#"{"key" : "food-2020", "n" : 0}"#.utf8)

    @Test(arguments: Kind.allCases.filter(enabled))
    func aNewDocumentReadsBackByteForByte(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        let version = try stores.first.save(.template, "food.json", Self.body, expecting: nil, by: "Siti")
        let read = try #require(try stores.second.read(.template, "food.json"))
        #expect(read.bytes == Self.body)
        #expect(read.version == version)
        #expect(try stores.second.read(.template, "salon.json") == nil)
        #expect(try stores.second.read(.assessment, "food.json") == nil)
    }

    @Test(arguments: Kind.allCases.filter(enabled))
    func listIsSortedByNameAndKeepsKindsApart(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        for name in ["salon.json", "crafts.json", "food.json"] {
            _ = try stores.first.save(.template, name, Self.body, expecting: nil, by: "Siti")
        }
        _ = try stores.first.save(.assessment, "2020-08-02-umk-3273-00624.json", Self.body, expecting: nil, by: "Siti")
        #expect(try stores.second.list(.template).map(\.name) == ["crafts.json", "food.json", "salon.json"])
        #expect(try stores.second.list(.assessment).map(\.name) == ["2020-08-02-umk-3273-00624.json"])
        #expect(try stores.second.list(.draft).isEmpty)
    }

    @Test(arguments: Kind.allCases.filter(enabled))
    func aStaleVersionIsAConflictAndNothingIsOverwritten(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        let original = try stores.first.save(.template, "food.json", Self.body, expecting: nil, by: "Siti")
        let theirs = Data(#"{"key" : "food-2020", "n" : 1}"#.utf8)
        let newer = try stores.second.save(.template, "food.json", theirs, expecting: original, by: "Budi")
        #expect(newer != original)
        let mine = Data(#"{"key" : "food-2020", "n" : 99}"#.utf8)
        #expect { try stores.first.save(.template, "food.json", mine, expecting: original, by: "Siti") } throws: {
            ($0 as? StoreError)?.kind == .conflict
        }
        #expect(try stores.first.read(.template, "food.json")?.bytes == theirs)
        // Saving again from the version now there succeeds.
        _ = try stores.first.save(.template, "food.json", mine, expecting: newer, by: "Siti")
        #expect(try stores.second.read(.template, "food.json")?.bytes == mine)
    }

    @Test(arguments: Kind.allCases.filter(enabled))
    func creatingWhatAlreadyExistsIsAConflict(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        _ = try stores.first.save(.assessment, "a.json", Self.body, expecting: nil, by: "Siti")
        #expect { try stores.second.save(.assessment, "a.json", Data("{}".utf8), expecting: nil, by: "Budi") } throws: {
            ($0 as? StoreError)?.kind == .conflict
        }
        #expect(try stores.first.read(.assessment, "a.json")?.bytes == Self.body)
    }

    @Test(arguments: Kind.allCases.filter(enabled))
    func namesThatCouldLeaveTheFolderAreRefused(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        for name in ["../office.json", "x/../../y.json", ".hidden.json", "food.txt", "a b.json", "-rf.json"] {
            #expect(throws: StoreError.self) { try stores.first.save(.template, name, Self.body, expecting: nil, by: "Siti") }
            #expect(throws: StoreError.self) { try stores.first.read(.template, name) }
        }
    }

    @Test(arguments: Kind.allCases.filter(enabled))
    func theChangeCounterMovesOnEverySave(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        let before = try stores.second.changeCounter()
        let version = try stores.first.save(.template, "food.json", Self.body, expecting: nil, by: "Siti")
        let afterCreate = try stores.second.changeCounter()
        #expect(afterCreate != before)
        if kind == .files { usleep(10_000) }  // a folder counts by modification time
        _ = try stores.first.save(.template, "food.json", Data("{}".utf8), expecting: version, by: "Siti")
        #expect(try stores.second.changeCounter() != afterCreate)
    }

    /// Two officials incrementing one checklist's counter, each re-reading after a conflict: every
    /// increment must survive, which is what "no lost update" means.
    @Test(arguments: Kind.allCases.filter(enabled))
    func twoConcurrentWritersLoseNoUpdate(_ kind: Kind) throws {
        let stores = try Self.stores(kind)
        defer { stores.finish() }
        _ = try stores.first.save(.assessment, "count.json", Data(#"{"n":0}"#.utf8), expecting: nil, by: "setup")
        let rounds = 40
        let conflicts = Counter()
        let writers = [stores.first, stores.second]
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let store = writers[index]
            var done = 0
            while done < rounds {
                guard let current = try? store.read(.assessment, "count.json"),
                      let object = try? JSONSerialization.jsonObject(with: current.bytes) as? [String: Int],
                      let n = object["n"] else { continue }
                do {
                    _ = try store.save(.assessment, "count.json", Data(#"{"n":\#(n + 1)}"#.utf8),
                                       expecting: current.version, by: "official-\(index)")
                    done += 1
                } catch {
                    conflicts.add()
                }
            }
        }
        let final = try #require(try stores.first.read(.assessment, "count.json"))
        #expect(String(decoding: final.bytes, as: UTF8.self) == #"{"n":\#(2 * rounds)}"#)
        // Each conflict is a save that was refused, not lost; the test only means something if
        // the writers really collided.
        print("\(kind): \(2 * rounds) saves, \(conflicts.value) conflicts")
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
