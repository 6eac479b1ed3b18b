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
}
