import Foundation
import SMEModel
import Testing
@testable import SMEReports

/// A returned batch goes back as a workbook: the rows to fix under the file's own header, every
/// cell as text (the NIK keeps its 16 digits), the reason beside each, and the note.
@Suite(.enabled(if: ExternalTool.pythonWithOpenpyxl != nil, "needs python3 with openpyxl"))
struct ReturnWorkbookTests {
    @Test func theRowsToFixGoBackWithTheirReasons() throws {
        let folder = try TemporaryFolder()
        let data = DataFolder(root: folder.path)
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 10, cooperatives: 1, responsesPerWave: 1, seed: 12))
        try DataFolderWriter.write(generator.makeRegistry(), to: data, overwrite: false)
        let registry = try data.loadRegistry([.businesses])
        let csv = """
        nama_usaha,nik,kabupaten_kota,kategori_usaha
        Katering Sinar,3205011203780001,Kab. Garut,KULINER
        Bengkel Jaya,3205011203780002,Kab. Garut,PERBENGKELAN
        """
        let (raw, _) = try ImportFileReader.csvRows(Array(csv.utf8), source: "garut.csv")
        let sheet = try ImportSheet(source: "garut.csv", rawRows: raw) { ImportColumns.isKnownHeader($0, mapping: .init()) }
        let rows = ImportReview.review(try ImportRowReader(registry: registry).read(sheet), registry: registry)
        let inbox = ImportInbox(folder: data)
        let batch = try inbox.create(rows: rows, sources: [("garut.csv", Array(csv.utf8))], notes: [], header: sheet.header)
        let path = try inbox.giveBack(batch.id, note: "Perbaiki kategori usaha baris 3", by: "tester", workbook: { columns, rows, note in
            try ReturnWorkbook.render(columns: columns, rows: rows, note: note)
        })
        #expect(path.hasSuffix("returned-\(batch.id).xlsx"))
        #expect(FileManager.default.fileExists(atPath: path.replacingOccurrences(of: ".xlsx", with: ".csv")))
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        print(json.dumps({ws.title: [[c.value for c in r] for r in ws.iter_rows()] for ws in wb.worksheets}))
        """
        let output = try ExternalTool.run(ExternalTool.pythonWithOpenpyxl ?? "python3", ["-c", script, path])
        #expect(output.status == 0, "\(output.stderr)")
        let sheets = try JSONDecoder().decode([String: [[String?]]].self, from: Data(output.stdout.utf8))
        let fix = try #require(sheets["Perbaiki"])
        #expect(fix.first == ["baris", "nama_usaha", "nik", "kabupaten_kota", "kategori_usaha", "masalah"])
        #expect(fix.count == 2)
        #expect(fix[1].prefix(5) == ["3", "Bengkel Jaya", "3205011203780002", "Kab. Garut", "PERBENGKELAN"])
        #expect(fix[1].last??.contains("PERBENGKELAN") == true, "the reason names the value")
        #expect(sheets["Catatan"]?.last == ["Perbaiki kategori usaha baris 3"])
    }
}
