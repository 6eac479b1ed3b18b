import Foundation
import Testing

/// A Google Forms export through the real binary: a new opt-in wave described on the command
/// line, a mapping file for the form's questions, the draft shown, then accepted and counted by
/// `smedash survey`.
@Suite struct SurveyImportCLITests {
    @Test func aGoogleFormsExportBecomesANewWave() throws {
        let scratch = try CLITemporaryFolder()
        let data = scratch.file("data")
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: data)
        let mapping = scratch.file("peta.json")
        try """
        {"columns": {"businessID": ["ID UMKM (jika ada)"], "onlineNow": ["Apakah usaha Anda berjualan secara daring saat ini?"],
                     "channels": ["Melalui kanal apa saja?"], "sector": ["Jenis usaha"], "region": ["Kabupaten/kota"], "scale": ["Skala"]},
         "wave": {"labelId": "Maret 2022", "labelEn": "March 2022"}}
        """.write(toFile: mapping, atomically: true, encoding: .utf8)
        let export = scratch.file("formulir.csv")
        try """
        Timestamp,ID UMKM (jika ada),Jenis usaha,Kabupaten/kota,Skala,Apakah usaha Anda berjualan secara daring saat ini?,Melalui kanal apa saja?
        3/7/2022 10:15:01,UMK-3273-00001,,,,Ya,"WhatsApp, Shopee"
        3/7/2022 10:20:11,,Kuliner,Kota Bandung,Mikro,Tidak,
        3/7/2022 10:25:40,,Kuliner,Kota Bandung,Mikro,Mungkin,
        """.write(toFile: export, atomically: true, encoding: .utf8)
        let draft = try CLIRunner.run(["import", "survey", export, "--wave", "2022-03", "--mapping", mapping, "--start", "2022-03-01",
                                       "--end", "2022-03-14", "--sampling", "opt-in", "--data", data, "--lang", "en"])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains("read as a Google Forms export"))
        #expect(draft.stdout.hasPrefix("Valid answers 2 (not linked to the registry 1) · invalid 1 · rejected on the platform 0 · wave 2022-03"))
        #expect(draft.stdout.contains("formulir.csv row 4  INVALID: column \"Apakah usaha Anda berjualan secara daring saat ini?\": unknown answer \"Mungkin\""))
        let batch = try #require(draft.stdout.split(separator: "\n").last?.split(separator: " ").dropFirst().first.map(String.init))
        // Nothing is in the survey files before the batch is accepted.
        #expect(try CLIRunner.run(["survey", "--data", data, "--wave", "2022-03"]).status == 1)
        let accepted = try CLIRunner.run(["import", "accept", batch, "--data", data, "--lang", "en"])
        #expect(accepted.stdout == "Accepted: 2 answers added to survey/responses.csv, 0 skipped, 1 invalid\n", "\(accepted.stderr)")
        let figures = try CLIRunner.run(["survey", "--data", data, "--wave", "2022-03", "--by", "total", "--format", "csv", "--lang", "en"])
        #expect(figures.status == 0, "\(figures.stderr)")
        #expect(figures.stdout.contains("total,All,2,1,0.5000"), "\(figures.stdout)")
        let waves = try String(contentsOfFile: data + "/survey/waves.csv", encoding: .utf8)
        #expect(waves.hasSuffix("2022-03,Maret 2022,March 2022,2022-03-01,2022-03-14,opt-in\n"))
    }

    /// A KoboToolbox export saved as a workbook (zipped here by Python's standard library): the
    /// binary's own XLSX reader, group prefixes and one 0/1 column per choice.
    @Test func aKoboWorkbookIsReadNatively() throws {
        let scratch = try CLITemporaryFolder()
        let workbook = scratch.file("kobo.xlsx")
        let script = #"""
        import sys, zipfile
        from xml.sax.saxutils import escape
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        rows = [['usaha/id_usaha', 'usaha/online_sekarang', 'usaha/kanal', 'usaha/kanal/whatsapp', 'usaha/kanal/shopee', '_uuid', '_submission_time'],
                ['UMK-3273-00001', 'ya', 'whatsapp shopee', '1', '1', 'u1', '2022-03-02T10:00:00'],
                ['UMK-3273-00002', 'tidak', '', '0', '0', 'u2', '2022-03-02T11:00:00']]
        def cell(value):
            return '<c t="inlineStr"><is><t>%s</t></is></c>' % escape(value)
        sheet = '<worksheet %s><sheetData>' % ns + ''.join(
            '<row r="%d">%s</row>' % (n + 1, ''.join(cell(v) for v in row)) for n, row in enumerate(rows)) + '</sheetData></worksheet>'
        wb = ('<workbook %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' % ns
              + '<sheets><sheet name="Jawaban" sheetId="1" r:id="rId1"/></sheets></workbook>')
        rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
            for name, text in [('[Content_Types].xml', '<Types/>'), ('xl/workbook.xml', wb),
                               ('xl/_rels/workbook.xml.rels', rels), ('xl/worksheets/sheet1.xml', sheet)]:
                z.writestr(name, text)
        """#
        try script.write(toFile: scratch.file("make.py"), atomically: true, encoding: .utf8)
        let made = try CLIRunner.run(["python3", scratch.file("make.py"), workbook], executable: "/usr/bin/env")
        try #require(made.status == 0, "\(made.stderr)")
        let read = try CLIRunner.run(["import", "survey", workbook, "--wave", "2021-10", "--data", CLIRunner.bundledData, "--dry-run", "--lang", "en"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stderr.contains("kobo.xlsx: sheet \"Jawaban\": header on row 1, 2 data rows"))
        #expect(read.stderr.contains("read as a KoboToolbox export"))
        // UMK-3273-00002 already answered the bundled 2021-10 wave: refused on its row, the other kept.
        #expect(read.stdout.hasPrefix("Valid answers 1 (not linked to the registry 0) · invalid 1"), "\(read.stdout)")
        #expect(read.stdout.contains("row 3  INVALID: UMK-3273-00002 has already answered wave 2021-10"))
    }
}
