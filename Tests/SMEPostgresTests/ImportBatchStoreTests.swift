import Foundation
@testable import SMEPostgres
import SMEModel
import Testing

/// Import batches on a shared store: two offices' working copies create, decide and accept the
/// same batch; every step reaches the store first, a stale step is a conflict that changes
/// nothing, and the store ends up holding exactly the files each copy wrote.
@Suite(.enabled(if: TestServer.isConfigured, "needs SMEDASH_TEST_PG (scripts/test starts a server)"))
struct ImportBatchStoreTests {
    private func reviewed(_ csv: String, registry: Registry) throws -> [ImportedRow] {
        let (raw, _) = try ImportFileReader.csvRows(Array(csv.utf8), source: "garut.csv")
        let sheet = try ImportSheet(source: "garut.csv", rawRows: raw) { ImportColumns.isKnownHeader($0, mapping: .init()) }
        return ImportReview.review(try ImportRowReader(registry: registry).read(sheet), registry: registry)
    }

    private func conflict(_ body: () throws -> Void, saying words: String) -> Bool {
        do { try body() } catch let error as ImportInboxError {
            return error.message.en.contains(words)
        } catch { return false }
        return false
    }

    @Test func twoOfficesCreateDecideAndAcceptOneBatchWithoutLosingAStep() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        _ = try database.store().push(from: DataFolder(root: TestServer.bundledData), by: "setup")
        let cacheA = try TemporaryFolder(), cacheB = try TemporaryFolder()
        let siti = try StoreMirror(store: database.store(), cacheRoot: cacheA.path)
        let registry = try siti.folder.loadRegistry([.businesses])
        let known = registry.businesses[0]
        let csv = """
        nama_usaha,kabupaten_kota,kategori_usaha
        Katering Sinar Garut,Kab. Garut,KULINER
        CV \(known.name),\(known.region),KULINER
        Bengkel,Kab. Garut,PERBENGKELAN
        """
        let sitiInbox = ImportInbox(folder: siti.folder, sync: siti, official: "Siti")
        let batch = try sitiInbox.create(rows: try reviewed(csv, registry: registry), sources: [("garut.csv", Array(csv.utf8))], notes: [])

        // Budi's copy is made after the batch: it pulls the batch with every file Siti's has.
        let budi = try StoreMirror(store: database.store(), cacheRoot: cacheB.path)
        #expect(budi.pulled)
        let folderOf = { (mirror: StoreMirror) in TemporaryFolder.files(of: mirror.folder.path("imports/\(batch.id)")) }
        #expect(folderOf(budi) == folderOf(siti))
        #expect(folderOf(budi).keys.sorted() == ["batch.json", "rows.json", "source-1-garut.csv"])
        let budiInbox = ImportInbox(folder: budi.folder, sync: budi, official: "Budi")
        try budiInbox.decide(batch.id, row: 3, .skip)

        // Siti's copy still holds the undecided batch: her decision is refused and changes nothing.
        let before = folderOf(siti)
        #expect(conflict({ try sitiInbox.decide(batch.id, row: 3, .keep) }, saying: "was changed by Budi"))
        #expect(folderOf(siti) == before)

        let counts = try budiInbox.accept(batch.id, by: "Budi")
        #expect(counts.new == 1 && counts.skipped == 1 && counts.invalid == 1)
        // Returning what Budi accepted is refused, and the return files are not left behind.
        #expect(conflict({ _ = try sitiInbox.giveBack(batch.id, note: "NIK kosong", by: "Siti") }, saying: "was accepted by Budi"))
        #expect(folderOf(siti) == before)

        // A second batch from Siti's copy is reviewed against the registry before Budi's accept:
        // creating it is fine, accepting it is refused until her copy is made again.
        let second = "nama_usaha,kabupaten_kota,kategori_usaha\nSalon Ayu,Kab. Garut,SALON\n"
        let late = try sitiInbox.create(rows: try reviewed(second, registry: registry), sources: [("garut-2.csv", Array(second.utf8))], notes: [])
        #expect(conflict({ try sitiInbox.accept(late.id, by: "Siti") }, saying: "the registry was changed by Budi"))
        let sitiAgain = try StoreMirror(store: database.store(), cacheRoot: cacheA.path)
        #expect(sitiAgain.pulled)
        try ImportInbox(folder: sitiAgain.folder, sync: sitiAgain, official: "Siti").accept(late.id, by: "Siti")

        // The store holds what the copies wrote: Siti's copy, pulled anew, is Budi's plus her accept.
        let pulled = try TemporaryFolder()
        _ = try database.store().pull(to: DataFolder(root: pulled.path), overwrite: false)
        let stored = pulled.files(), local = TemporaryFolder.files(of: sitiAgain.folder.root)
        #expect(stored.keys.sorted() == local.keys.sorted())
        for (path, bytes) in local { #expect(stored[path] == bytes, "\(path) differs between the store and the copy that wrote it") }
        let businesses = try DataFolder(root: pulled.path).loadRegistry([.businesses]).businesses
        #expect(businesses.count == registry.businesses.count + 2)
        #expect(Set(businesses.suffix(2).map(\.name)) == ["Katering Sinar Garut", "Salon Ayu"])
        let log = String(decoding: try #require(stored["imports/import-log.csv"]), as: UTF8.self).split(separator: "\n")
        #expect(log.count == 3 && log[1].hasPrefix("\(batch.id),accepted,Budi,") && log[2].hasPrefix("\(late.id),accepted,Siti,"))
        let audit = try database.store().auditLog(limit: 10).map { "\($0.official) \($0.action) \($0.subject)" }
        #expect(audit.prefix(5) == ["Siti accept imports/\(late.id)", "Siti import imports/\(late.id)", "Budi accept imports/\(batch.id)",
                                    "Budi decide imports/\(batch.id)", "Siti import imports/\(batch.id)"])

        // A folder with batches pushes and pulls back byte for byte.
        let other = try TestServer.freshDatabase()
        defer { other.drop() }
        let pushed = try other.store().push(from: DataFolder(root: pulled.path), by: "setup")
        #expect(pushed.batches == 2)
        let again = try TemporaryFolder()
        _ = try other.store().pull(to: DataFolder(root: again.path), overwrite: false)
        #expect(again.files() == stored)
    }

    @Test func aSurveyBatchAppendsItsAnswersInTheStore() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        _ = try database.store().push(from: DataFolder(root: TestServer.bundledData), by: "setup")
        let cache = try TemporaryFolder()
        let mirror = try StoreMirror(store: database.store(), cacheRoot: cache.path)
        let registry = try mirror.folder.loadRegistry()
        let wave = SurveyWave(id: "2026-w1", label: Localized(id: "Gelombang 2026", en: "Wave 2026"),
                              startDate: "2026-01-01", endDate: "2026-03-31", sampling: .optIn)
        let answered = registry.responses.prefix(3).enumerated().map { index, response in
            var response = response
            response.wave = wave.id
            return ImportedResponse(source: "kobo.csv", row: index + 2, response: response, link: .id(response.businessID),
                                    problems: [], warnings: [])
        }
        let inbox = ImportInbox(folder: mirror.folder, sync: mirror, official: "Rina")
        let batch = try inbox.createSurvey(responses: answered, wave: wave, sources: [("kobo.csv", Array("x\n".utf8))], notes: [])
        let counts = try inbox.accept(batch.id, by: "Rina")
        #expect(counts.new == 3)
        let pulled = try TemporaryFolder()
        _ = try database.store().pull(to: DataFolder(root: pulled.path), overwrite: false)
        for file in ["survey/waves.csv", "survey/responses.csv", "imports/\(batch.id)/responses.json"] {
            #expect(pulled.files()[file] == FileManager.default.contents(atPath: mirror.folder.path(file)), "\(file) differs")
        }
        let stored = try DataFolder(root: pulled.path).loadRegistry()
        #expect(stored.responses.count == registry.responses.count + 3)
        #expect(stored.waves.last?.id == "2026-w1")
    }
}
