import Foundation
import Testing
@testable import SMEModel

/// Survey exports in each platform's own layout, written here as the platforms write them:
/// KoboToolbox (`;`, group prefixes, the summary column and one 0/1 column per choice, metadata
/// starting with `_`), ODK Central (`-` prefixes, space-joined choices, review states) and Google
/// Forms (a Timestamp, full question texts, checkbox answers joined with ", "). Then the inbox:
/// draft, accept into the survey files, never twice.
@Suite struct SurveyImportTests {
    private func dataFolder() throws -> (TemporaryFolder, DataFolder, Registry) {
        let folder = try TemporaryFolder()
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: 30, cooperatives: 1, responsesPerWave: 2, seed: 11))
        let data = DataFolder(root: folder.path)
        try DataFolderWriter.write(generator.makeRegistry(), to: data, overwrite: false)
        return (folder, data, try data.loadRegistry([.businesses, .survey]))
    }

    private func read(_ csv: String, source: String, registry: Registry, mapping: SurveyImportMapping = .init(), wave: String = "2022-03")
        throws -> (SurveyColumns, [ImportedResponse]) {
        let (raw, _) = try ImportFileReader.csvRows(Array(csv.utf8), source: source)
        let reader = SurveyRowReader(registry: registry, mapping: mapping, wave: wave)
        let sheet = try ImportSheet(source: source, rawRows: raw) { SurveyColumns.isKnownHeader($0, mapping: reader.mapping) }
        return (SurveyColumns(header: sheet.header, mapping: reader.mapping), reader.read(sheet, respondentPrefix: "R-\(wave)-1-", answered: []))
    }

    @Test func koboExportWithGroupsChoiceColumnsAndValidation() throws {
        let (folder, _, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let a = registry.businesses[0], b = registry.businesses[1]
        let csv = """
        start;end;usaha/id_usaha;usaha/online_sekarang;usaha/kanal;usaha/kanal/whatsapp;usaha/kanal/instagram;usaha/kanal/shopee;usaha/perubahan_omzet;_id;_uuid;_submission_time;_validation_status
        2022-03-01T09:00;2022-03-01T09:10;\(a.id);ya;whatsapp shopee;1;0;1;turun_31_60;1;u1;2022-03-01T09:11;validation_status_approved
        2022-03-01T10:00;2022-03-01T10:09;\(b.id);tidak;;0;0;0;stable;2;u2;2022-03-01T10:10;validation_status_not_approved
        2022-03-02T10:00;2022-03-02T10:09;\(a.id);ya;instagram;0;1;0;stable;3;u3;2022-03-02T10:10;
        """
        let (columns, rows) = try read(csv, source: "kobo.csv", registry: registry)
        #expect(columns.platform == .kobo)
        #expect(columns.options[.channels]?.map(\.choice) == ["whatsapp", "instagram", "shopee"])
        #expect(columns.unknown.isEmpty, "start, end and _ columns are Kobo's bookkeeping: \(columns.unknown)")
        let first = try #require(rows[0].response)
        #expect(rows[0].link == .id(a.id))
        #expect(first.onlineNow == .yes && first.channels == [.whatsapp, .shopee] && first.revenueChange == .down31to60)
        #expect(first.sector == a.sector && first.region == a.region && first.scale == a.scale, "filled from the registry")
        #expect(rows[1].isRejected && rows[1].response == nil)
        // The same business twice in one wave: the second answer is refused, with its row.
        #expect(rows[2].response == nil)
        #expect(rows[2].problems.map(\.en) == ["\(a.id) has already answered wave 2022-03"])
    }

    @Test func odkCentralExportLinkedByNIBWithSpaceJoinedChoices() throws {
        let (folder, _, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let withNIB = try #require(registry.businesses.first { $0.nib != nil })
        let csv = """
        SubmissionDate,usaha-nib,usaha-online_now,usaha-channels,usaha-revenue_change,usaha-status_usaha,meta-instanceID,KEY,SubmitterName,ReviewState
        2022-03-03T08:00:00.000Z,\(withNIB.nib!),yes,whatsapp tokopedia gofood,up,normal,uuid:1,uuid:1,enumerator1,approved
        2022-03-03T09:00:00.000Z,,yes,whatsapp,up,normal,uuid:2,uuid:2,enumerator1,rejected
        """
        let (columns, rows) = try read(csv, source: "odk.csv", registry: registry)
        #expect(columns.platform == .odk)
        let response = try #require(rows[0].response)
        #expect(rows[0].link == .nib(withNIB.nib!))
        #expect(response.businessID == withNIB.id)
        #expect(response.channels == [.whatsapp, .tokopedia, .gofood])
        #expect(rows[1].isRejected)
    }

    @Test func googleFormsWithFullQuestionsThroughAMappingFile() throws {
        let (folder, _, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let mapping = try SurveyImportMapping(json: Data("""
        {"columns": {
           "sector": ["Jenis usaha Anda"], "region": ["Kabupaten/kota tempat usaha"], "scale": ["Skala usaha"],
           "onlineNow": ["Apakah usaha Anda berjualan secara daring saat ini?"],
           "channels": ["Melalui kanal apa saja Anda berjualan daring?"]},
         "answers": {"channels": {"Situs web sendiri": "website", "Grab Food": "grabfood"}}}
        """.utf8), source: "peta.json")
        let csv = """
        Timestamp,Jenis usaha Anda,Kabupaten/kota tempat usaha,Skala usaha,Apakah usaha Anda berjualan secara daring saat ini?,Melalui kanal apa saja Anda berjualan daring?
        3/7/2022 10:15:01,Kuliner,KOTA BANDUNG,Mikro,Ya,"WhatsApp, Instagram, Situs web sendiri, Jualan di grup RT"
        3/7/2022 11:02:44,Salon,Kab. Garut,mikro,Tidak,
        3/7/2022 11:40:09,Kuliner,Kota Bandung,mikro,Kadang-kadang,
        3/7/2022 12:00:00,Kuliner,Bandung,mikro,Ya,WhatsApp
        """
        let (columns, rows) = try read(csv, source: "gform.csv", registry: registry, mapping: mapping)
        #expect(columns.platform == .googleForms)
        let first = try #require(rows[0].response)
        #expect(rows[0].link == .notLinked)
        #expect(first.businessID == "R-2022-03-1-2", "kept with a respondent number of its own")
        #expect(first.sector == "food" && first.region == "3273" && first.scale == .micro)
        #expect(first.channels == [.whatsapp, .instagram, .website])
        #expect(rows[0].warnings.map(\.en) == [
            "column \"Melalui kanal apa saja Anda berjualan daring?\": unknown choice \"Jualan di grup RT\" for channels, left out",
        ])
        #expect(rows[1].response?.region == "3205" && rows[1].response?.onlineNow == YesNo.no)
        // An unknown answer to a single-choice question is located by column; the row waits.
        #expect(rows[2].response == nil)
        #expect(rows[2].problems.map(\.en) == [
            "column \"Apakah usaha Anda berjualan secara daring saat ini?\": unknown answer \"Kadang-kadang\" for onlineNow; add it to the mapping file",
        ])
        // "Bandung" alone is a regency and a city: refused, naming both.
        #expect(rows[3].response == nil)
        #expect(rows[3].problems.first?.en.contains("Bandung Regency (3204)") == true)
        #expect(rows.surveyCounts.valid == 2 && rows.surveyCounts.invalid == 2 && rows.surveyCounts.notLinked == 2)
    }

    @Test func acceptedIntoTheSurveyFilesOnceWithANewWave() throws {
        let (folder, data, registry) = try dataFolder()
        defer { withExtendedLifetime(folder) {} }
        let business = registry.businesses[3]
        let csv = """
        id_usaha,online_sekarang,kanal
        \(business.id),ya,WA|Instagram
        UMK-0000-00000,ya,
        """
        let (_, rows) = try read(csv, source: "plain.csv", registry: registry)
        let wave = SurveyWave(id: "2022-03", label: Localized(id: "Maret 2022", en: "March 2022"), startDate: "2022-03-01", endDate: "2022-03-14",
                              sampling: .optIn)
        let inbox = ImportInbox(folder: data)
        let batch = try inbox.createSurvey(responses: rows, wave: wave, sources: [("plain.csv", Array(csv.utf8))], notes: [])
        #expect(inbox.list().first?.isSurvey == true)
        #expect(try inbox.loadResponses(batch.id) == rows)
        let before = try data.loadRegistry([.survey]).responses.count
        let counts = try inbox.accept(batch.id, by: "tester")
        #expect(counts.new == 1 && counts.invalid == 1)
        let after = try data.loadRegistry([.businesses, .survey])
        #expect(after.waves.last == wave)
        #expect(after.responses.count == before + 1)
        let added = try #require(after.responses(inWave: "2022-03").first)
        #expect(added.businessID == business.id && added.channels == [.whatsapp, .instagram])
        #expect(throws: ImportInboxError.self) { try inbox.accept(batch.id, by: "tester") }
        // A second batch with the same answer adds nothing: the file already has it.
        let again = try inbox.createSurvey(responses: rows, wave: wave, sources: [("plain.csv", Array(csv.utf8))], notes: [])
        #expect(try inbox.accept(again.id, by: "tester").new == 0)
        #expect(try data.loadRegistry([.survey]).responses.count == before + 1)
    }
}
