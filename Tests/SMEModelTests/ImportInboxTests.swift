import Foundation
import Testing
@testable import SMEModel

/// Verdicts against the registry and within a batch, and the inbox: draft, decide, accept in one
/// safe save, or return with the rows to fix.
@Suite struct ImportInboxTests {
    /// A data folder with a small generated registry.
    private func dataFolder() throws -> (TemporaryFolder, DataFolder, Registry) {
        let folder = try TemporaryFolder()
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 20, cooperatives: 1, responsesPerWave: 1, seed: 9))
        let data = DataFolder(root: folder.path)
        try DataFolderWriter.write(generator.makeRegistry(), to: data, overwrite: false)
        return (folder, data, try data.loadRegistry([.businesses]))
    }

    private func rows(_ csv: String, registry: Registry, region: String? = nil) throws -> [ImportedRow] {
        let (raw, _) = try ImportFileReader.csvRows(Array(csv.utf8), source: "kab.csv")
        let sheet = try ImportSheet(source: "kab.csv", rawRows: raw) { ImportColumns.isKnownHeader($0, mapping: .init()) }
        let read = try ImportRowReader(registry: registry, defaultRegion: region).read(sheet)
        return ImportReview.review(read, registry: registry)
    }

    @Test func verdictsAgainstTheRegistryAndWithinTheBatch() throws {
        let (folder, _, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let known = registry.businesses[0]
        let nib = try #require(registry.businesses.first { $0.nib != nil })
        let csv = """
        nama_usaha,nama_pemilik,nik,nib,kabupaten_kota,kbli,jumlah_tenaga_kerja
        Toko Baru Sekali,Ani,3204011203780001,,\(known.region),56101,2
        \(nib.name),\(nib.owner),,\(nib.nib!),\(nib.region),56101,7
        CV. \(known.name),Budi,,,\(known.region),10792,1
        Warung Kembar,Cici,3204011203780002,,3204,56101,1
        Warung Kembar Jaya,Cici,3204011203780002,,3204,56101,1
        Bengkel Motor,Dodi,,,3204,45201,1
        """
        let result = try rows(csv, registry: registry)
        #expect(result.map(\.row) == [2, 3, 4, 5, 6, 7])
        #expect(result[0].verdict == .new)
        guard case .update(let id, let changes) = result[1].verdict else {
            Issue.record("the NIB match is not an update: \(result[1].verdict)")
            return
        }
        #expect(id == nib.id)
        #expect(changes.contains { $0.field == "employees" && $0.to == "7" })
        guard case .duplicate(let candidates, _) = result[2].verdict else {
            Issue.record("the same name with a CV prefix in the same region is not a duplicate candidate")
            return
        }
        #expect(candidates.contains(known.id))
        #expect(result[3].verdict == .new)
        guard case .duplicate(let within, let reason) = result[4].verdict else {
            Issue.record("the same NIK with a similar name in the batch is not a duplicate candidate")
            return
        }
        #expect(within == ["row 5"] && reason.en == "same owner NIK and a similar name as row 5")
        #expect(result[5].verdict == .invalid)
        #expect(result[5].problems.map(\.en) == ["column \"kbli\": \"45201\" maps to no sector"])
    }

    @Test func acceptingAppliesEverythingInOneSafeSaveAfterTheDuplicatesAreDecided() throws {
        let (folder, data, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let known = registry.businesses[0]
        let csv = """
        nama_usaha,kabupaten_kota,kategori_usaha
        Katering Sinar Garut,Kab. Garut,KULINER
        CV \(known.name),\(known.region),KULINER
        Bengkel,Kab. Garut,PERBENGKELAN
        """
        let inbox = ImportInbox(folder: data)
        let batch = try inbox.create(rows: try rows(csv, registry: registry), sources: [("kab.csv", Array(csv.utf8))], notes: [])
        #expect(inbox.list().map(\.id) == [batch.id])
        #expect(throws: ImportInboxError.self) { try inbox.accept(batch.id, by: "Rina") }
        try inbox.decide(batch.id, row: 3, .skip)
        let counts = try inbox.accept(batch.id, by: "Rina")
        #expect(counts.new == 1 && counts.skipped == 1 && counts.invalid == 1)
        let after = try data.loadRegistry([.businesses]).businesses
        #expect(after.count == registry.businesses.count + 1)
        let added = try #require(after.last)
        #expect(added.name == "Katering Sinar Garut" && added.region == "3205" && added.sector == "food")
        #expect(added.id.hasPrefix("UMK-3205-"))
        #expect(FileManager.default.fileExists(atPath: data.path("registry/.history")))
        let log = try String(contentsOfFile: inbox.logPath, encoding: .utf8)
        #expect(log.contains("\(batch.id),accepted,Rina,"))
        // Decided once: no second accept, no return.
        #expect(throws: ImportInboxError.self) { try inbox.accept(batch.id, by: "Rina") }
        #expect(throws: ImportInboxError.self) { try inbox.giveBack(batch.id, note: "x", by: "Rina") }
    }

    @Test func aSaveHoldingTheRegistryFromBeforeTheAcceptIsRefused() throws {
        let (folder, data, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let csv = "nama_usaha,kabupaten_kota,kategori_usaha\nKatering Sinar Garut,Kab. Garut,KULINER\n"
        let inbox = ImportInbox(folder: data)
        let batch = try inbox.create(rows: try rows(csv, registry: registry), sources: [("kab.csv", Array(csv.utf8))], notes: [])
        // Someone else's save lands between the read and the write: simulated by a concurrent
        // writer holding the file's old stamp, which must then be refused.
        let (bytes, stamp) = try SafeFile.read(data.businesses)
        try inbox.accept(batch.id, by: "Rina")
        #expect(throws: SafeFileError.self) { try SafeFile.write(bytes, to: data.businesses, expecting: stamp) }
    }

    @Test func returningWritesTheRowsToFixWithTheirReasons() throws {
        let (folder, data, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let csv = """
        nama_usaha,nik,kabupaten_kota,kategori_usaha
        Katering Sinar Garut,3205011203780001,Kab. Garut,KULINER
        Toko Salah,"3,20501E+15",Bogor,KULINER
        """
        let inbox = ImportInbox(folder: data)
        let checked = try rows(csv, registry: registry)
        let batch = try inbox.create(rows: checked, sources: [("kab.csv", Array(csv.utf8))], notes: [])
        let path = try inbox.giveBack(batch.id, note: "perbaiki NIK", by: "Rina", header: ["nama_usaha", "nik", "kabupaten_kota", "kategori_usaha"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline)
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("baris;nama_usaha;nik;kabupaten_kota;kategori_usaha;masalah"))
        #expect(lines[1].hasPrefix("3;Toko Salah;3,20501E+15;Bogor;KULINER;"))
        #expect(lines[1].contains("ambigu") && lines[1].contains("notasi ilmiah"))
        #expect(try inbox.load(batch.id).batch.state == .returned)
        #expect(try inbox.load(batch.id).batch.returnNote == "perbaiki NIK")
    }

    /// A duplicate shown beside its registry twin, then merged field by field: only the chosen
    /// fields change on the registry business, and no new business appears.
    @Test func aDuplicateMergesOnlyTheChosenFields() throws {
        let (folder, data, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let twin = registry.businesses[2]
        let csv = """
        nama_usaha,nama_pemilik,no_hp,kabupaten_kota,kbli,jumlah_tenaga_kerja
        CV \(twin.name),Pemilik Baru,081234567890,\(twin.region),56101,9
        """
        let rows = try self.rows(csv, registry: registry)
        guard case .duplicate(let candidates, _) = rows[0].verdict else {
            Issue.record("not a duplicate: \(rows[0].verdict)")
            return
        }
        #expect(candidates.first == twin.id)
        let inbox = ImportInbox(folder: data)
        let batch = try inbox.create(rows: rows, sources: [("kab.csv", Array(csv.utf8))], notes: [])
        let pair = try #require(try inbox.sideBySide(batch.id, row: 2, registry: registry))
        #expect(pair.target == twin.id)
        #expect(pair.fields.first { $0.field == "owner" }.map { ($0.row, $0.registry) }! == ("Pemilik Baru", twin.masked.owner))
        #expect(pair.fields.first { $0.field == "phone" }?.row == "0812****7890", "personal data masked beside its twin too")
        // A target that is not a candidate, or a field that cannot be merged, is refused.
        #expect(throws: ImportInboxError.self) { try inbox.merge(batch.id, row: 2, into: registry.businesses[0].id, fields: ["phone"]) }
        #expect(throws: ImportInboxError.self) { try inbox.merge(batch.id, row: 2, into: twin.id, fields: ["id"]) }
        try inbox.merge(batch.id, row: 2, into: twin.id, fields: ["phone", "employees"])
        let counts = try inbox.accept(batch.id, by: "Rina")
        #expect(counts.updates == 1 && counts.new == 0)
        let after = try data.loadRegistry([.businesses])
        #expect(after.businesses.count == registry.businesses.count)
        let merged = try #require(after.business(twin.id))
        #expect(merged.phone == "081234567890" && merged.employees == 9)
        #expect(merged.owner == twin.owner && merged.name == twin.name, "fields not chosen stay as they were")
    }
}
