import Foundation
import Testing

/// A regency's messy file through the real binary: read, review, decide, accept, and the
/// registry shows the new business; ambiguous region names are refused everywhere.
@Suite struct ImportCLITests {
    private func copyOfData(in scratch: CLITemporaryFolder) throws -> String {
        let data = scratch.file("data")
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: data)
        return data
    }

    @Test func aMessyRegencyFileGoesThroughTheInbox() throws {
        let scratch = try CLITemporaryFolder()
        let data = try copyOfData(in: scratch)
        // An Indonesian-locale Excel export: title row, semicolons, Windows-1252, a totals row.
        let text = """
        DAFTAR UMKM BINAAN KAB. GARUT;;;;;
        No;Nama Usaha;NIK;Kabupaten/Kota;Kategori Usaha;Jumlah Tenaga Kerja
        1;Kopi Café Cikajang;3205011203780001;KAB. GARUT;KULINER;3
        2;Konveksi Berkah;3,20501E+15;Kabupaten Garut;FASHION;12
        3;Dodol Garut Asli;3205010101800002;Garut Regency;MAKANAN;4
        4;Dodol Garut Asli;3205010101800002;Kab Garut;MAKANAN;4
        ;JUMLAH;;;;23

        """
        let file = scratch.file("garut.csv")
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252)!).write(to: URL(fileURLWithPath: file))

        let read = try CLIRunner.run(["import", "businesses", file, "--data", data, "--lang", "en"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("New 2 · updates 0 · duplicate candidates 1 · skipped 0 · invalid 1\n"), "\(read.stdout)")
        #expect(read.stdout.contains("garut.csv row 4: column \"NIK\": NIK 3,20***E+15 was damaged by Excel"))
        #expect(!read.stdout.contains("3,20501E+15"))
        #expect(read.stderr.contains("row 1: title above the table"))
        #expect(read.stderr.contains("row 7: totals row skipped"))
        #expect(read.stderr.contains("column separator: semicolon (;)"))
        #expect(read.stderr.contains("read as Windows-1252"))
        let batch = try #require(read.stdout.split(separator: "\n").last?.split(separator: " ").dropFirst().first.map(String.init))

        let refused = try CLIRunner.run(["import", "accept", batch, "--data", data, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 duplicate candidates are undecided (rows 6)"))
        #expect(try CLIRunner.run(["import", "decide", batch, "--row", "6", "--skip", "--data", data]).status == 0)
        let accepted = try CLIRunner.run(["import", "accept", batch, "--data", data, "--lang", "en"])
        #expect(accepted.stdout == "Accepted: 2 new businesses, 0 updated, 1 skipped, 1 invalid\n", "\(accepted.stderr)")

        let found = try CLIRunner.run(["businesses", "--data", data, "--region", "Kab. Garut", "--search", "dodol", "--format", "csv"])
        // Added once (the second, a duplicate, was skipped), with its NIK masked in the output.
        #expect(found.stdout.split(separator: "\n").count(where: { $0.contains("Dodol Garut Asli") }) == 1, "\(found.stdout)")
        #expect(found.stdout.contains("Dodol Garut Asli,,3205********0002,,food,3205,micro,,4,"))
        let cafe = try CLIRunner.run(["businesses", "--data", data, "--search", "café cikajang", "--format", "csv"])
        #expect(cafe.stdout.contains("Kopi Café Cikajang"), "Windows-1252 é lost: \(cafe.stdout)")
        let list = try CLIRunner.run(["import", "list", "--data", data, "--lang", "en"])
        #expect(list.stdout.contains("\(batch)  accepted"))
    }

    @Test func aBareNameOfARegencyAndACityIsRefusedWithBoth() throws {
        let result = try CLIRunner.run(["businesses", "--data", CLIRunner.bundledData, "--region", "bandung", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("region \"bandung\" is ambiguous: Bandung Regency (3204) / Bandung City (3273)"))
        #expect(try CLIRunner.run(["businesses", "--data", CLIRunner.bundledData, "--region", "KOTA BANDUNG", "--count-by", "sector"]).status == 0)
    }

    /// A workbook zipped by Python's standard library (no spreadsheet program involved), read by
    /// the binary's own XLSX reader: sheet name in the messages, the numeric NIK seen as damaged.
    @Test func aWorkbookIsReadNatively() throws {
        let scratch = try CLITemporaryFolder()
        let workbook = scratch.file("garut.xlsx")
        let script = #"""
        import sys, zipfile
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        strings = ['DAFTAR UMKM KAB. GARUT', 'Nama Usaha', 'Kabupaten/Kota', 'Kategori Usaha', 'NIK',
                   'Bakso Mang Ujang', 'KAB. GARUT', 'KULINER', 'Batik Garutan', 'FASHION']
        sst = '<sst %s>' % ns + ''.join('<si><t>%s</t></si>' % s for s in strings) + '</sst>'
        rows = [[('s', 0)], [('s', 1), ('s', 2), ('s', 3), ('s', 4)],
                [('s', 5), ('s', 6), ('s', 7), ('n', '3.20501120378E+15')],
                [('s', 8), ('s', 6), ('s', 9), ('i', '3205011203780002')]]
        def cell(kind, value):
            if kind == 's': return '<c t="s"><v>%d</v></c>' % value
            if kind == 'i': return '<c t="inlineStr"><is><t>%s</t></is></c>' % value
            return '<c><v>%s</v></c>' % value
        sheet = '<worksheet %s><sheetData>' % ns + ''.join(
            '<row r="%d">%s</row>' % (n + 1, ''.join(cell(*c) for c in row)) for n, row in enumerate(rows)) + '</sheetData></worksheet>'
        wb = ('<workbook %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' % ns
              + '<sheets><sheet name="Data UMKM" sheetId="1" r:id="rId1"/></sheets></workbook>')
        rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
            for name, text in [('[Content_Types].xml', '<Types/>'), ('xl/workbook.xml', wb),
                               ('xl/_rels/workbook.xml.rels', rels), ('xl/sharedStrings.xml', sst),
                               ('xl/worksheets/sheet1.xml', sheet)]:
                z.writestr(name, text)
        """#
        try script.write(toFile: scratch.file("make.py"), atomically: true, encoding: .utf8)
        let made = try CLIRunner.run(["python3", scratch.file("make.py"), workbook], executable: "/usr/bin/env")
        try #require(made.status == 0, "\(made.stderr)")
        let read = try CLIRunner.run(["import", "businesses", workbook, "--data", CLIRunner.bundledData, "--dry-run", "--lang", "en"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("New 1 · updates 0 · duplicate candidates 0 · skipped 0 · invalid 1\n"), "\(read.stdout)")
        #expect(read.stdout.contains("garut.xlsx: sheet \"Data UMKM\" row 3: column \"NIK\": NIK 3.20*********E+15 was damaged by Excel"))
        #expect(read.stderr.contains("garut.xlsx: sheet \"Data UMKM\": header on row 2, 2 data rows"))
        let missing = try CLIRunner.run(["import", "businesses", workbook, "--sheet", "Lain", "--data", CLIRunner.bundledData, "--dry-run", "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no sheet \"Lain\" (there are: Data UMKM)"))
    }
}
