import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// The entry point the CLI and the Export screen share: which report a request builds, the
/// figures in it, personal-data masking and the errors for a bad request.
@Suite struct ReportExporterTests {
    let data = ReportFixture.data

    func summary(_ document: ReportDocument) -> [String: ReportCell] {
        for case .summary(_, _, let entries) in document.blocks {
            return Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        return [:]
    }

    func table(_ document: ReportDocument, _ key: String) -> ReportTable? {
        document.tables().first { $0.key == key }
    }

    @Test func complianceCountsEachBusinessOnceWithItsLatestVisit() throws {
        let document = try ReportExporter.document(for: ReportFixture.request(.compliance, .json), data: data)
        let figures = summary(document)
        #expect(figures["assessments"] == .int(4))
        #expect(figures["businessesAssessed"] == .int(3))
        #expect(figures["passed"] == .int(2))
        #expect(figures["passRate"] == .percent(2.0 / 3.0))
        // Scores 80%, 25% and 100% (the second visit of UMK-3204-00003).
        #expect(figures["medianScore"] == .percent(0.8))
        guard case .percent(let mean)? = figures["meanScore"] else { Issue.record("no mean"); return }
        #expect(abs(mean - (0.8 + 0.25 + 1.0) / 3) < 1e-12)
        #expect(figures["failedCritical"] == .int(1))
        let distribution = try #require(table(document, "score_distribution"))
        #expect(distribution.rows.map { $0.cells[1] } == [.int(1), .int(1), .int(0), .int(0), .int(0), .int(1), .int(3)])
        let items = try #require(table(document, "items_failed"))
        #expect(items.rows.map { $0.cells[1] } == [.code("kul-001"), .code("kul-002"), .code("kul-003")])
        #expect(items.rows.first?.cells[4] == .int(1))
        #expect(items.rows.first?.cells[5] == .int(3))
        let businesses = try #require(table(document, "businesses"))
        #expect(businesses.rows.map { $0.cells[0] } == [.code("UMK-3273-00002"), .code("UMK-3273-00001"), .code("UMK-3204-00003")])
    }

    @Test func complianceForOneRegion() throws {
        var request = ReportFixture.request(.compliance, .json)
        request.region = "Kabupaten Bandung"
        let document = try ReportExporter.document(for: request, data: data)
        #expect(summary(document)["businessesAssessed"] == .int(1))
        #expect(summary(document)["passRate"] == .percent(1))
        #expect(table(document, "regions") == nil)
        #expect(document.subtitle == "Kuliner — Kab. Bandung")
    }

    @Test func assessmentFindsTheLatestVisitAndProposesActions() throws {
        var request = ReportFixture.request(.assessment, .json)
        request.businessID = "UMK-3204-00003"
        let document = try ReportExporter.document(for: request, data: data)
        #expect(summary(document)["visitDate"] == .date(ISODate(year: 2020, month: 8, day: 20)!))
        request.businessID = nil
        request.assessmentKey = "2020-07-30-umk-3204-00003"
        let earlier = try ReportExporter.document(for: request, data: data)
        #expect(summary(earlier)["result"] == .term("TIDAK LULUS", code: "fail"))
        #expect(summary(earlier)["failedCritical"] == .text("kul-001"))
        let failed = try #require(table(earlier, "failed_items"))
        #expect(failed.rows.count == 3)
        // kul-001 fails with a 7-day action proposed from the template: due 2020-08-06.
        #expect(failed.rows[0].cells[4] == .text("Sediakan tempat cuci tangan"))
        #expect(failed.rows[0].cells[5] == .date(ISODate(year: 2020, month: 8, day: 6)!))
        #expect(failed.rows[0].cells[6] == .term("usulan", code: "proposed"))
    }

    /// With the national reference, the channel-kinds table gains "Nasional (BPS)" over its lowest
    /// and highest edition, as numbers; without it, no such columns.
    @Test func surveyChannelKindsCarryTheNationalShares() throws {
        var withNational = data
        withNational.national = NationalReference(figures: [
            .init(kind: .social, share: 0.4865, coverageYear: 2021, source: "BPS"),
            .init(kind: .social, share: 0.5466, coverageYear: 2020, source: "BPS"),
        ])
        let document = try ReportExporter.document(for: ReportFixture.request(.survey, .json), data: withNational)
        let kinds = try #require(table(document, "channel-kinds"))
        let low = try #require(kinds.columns.firstIndex { $0.key == "nationalLow" })
        #expect(kinds.columns[low].flatTitle == "Nasional (BPS) terendah")
        let social = try #require(kinds.rows.first { $0.cells[0] == .term("media sosial", code: "social") })
        #expect(social.cells[low] == .percent(0.4865) && social.cells[low + 1] == .percent(0.5466))
        let plain = try ReportExporter.document(for: ReportFixture.request(.survey, .json), data: data)
        #expect(try #require(table(plain, "channel-kinds")).columns.allSatisfy { $0.key != "nationalLow" })
    }

    /// `--weight` puts the weighted share beside the plain one, named, in the summary and the
    /// adoption tables, with the figures the model computes; official counts are required for
    /// the official weighting.
    @Test func surveyWeightedFiguresAreNamedBesideThePlainOnes() throws {
        var request = ReportFixture.request(.survey, .json)
        request.surveyWeighting = .sectorRegion
        let document = try ReportExporter.document(for: request, data: data)
        let wave = try #require(data.registry.waves.first { $0.id == "2021-01" })
        let expected = try #require(SurveyFigures(registry: data.registry, wave: wave, breakdown: .total, weighting: .sectorRegion, language: .id).total?.weighted)
        #expect(summary(document)["weightedShare"] == .percent(expected.share))
        #expect(summary(document)["onlineShare"] == .percent(0.375), "the plain share stays the headline")
        let sectors = try #require(table(document, "sector"))
        #expect(sectors.columns.map(\.key).contains("weightedShare") && sectors.columns.map(\.key).contains("weightedLow"))
        #expect(try #require(table(document, "channels")).columns.allSatisfy { $0.key != "weightedShare" }, "only adoption tables are weighted")
        request.surveyWeighting = .sectorRegionOfficial
        #expect(throws: ReportError.noOfficialCounts) { try ReportExporter.document(for: request, data: data) }
    }

    @Test func personalDataIsMaskedUnlessAskedFor() throws {
        var request = ReportFixture.request(.assessment, .md)
        let masked = String(decoding: try ReportExporter.render(request, data: data), as: UTF8.self)
        #expect(!masked.contains("3273084806640925"))
        #expect(!masked.contains("08579789284"))
        request.showPersonalData = true
        let shown = String(decoding: try ReportExporter.render(request, data: data), as: UTF8.self)
        #expect(shown.contains("3273084806640925"))
        #expect(shown.contains("08579789284"))
    }

    @Test func surveyComparesWavesAndMarksUnreliableRows() throws {
        let document = try ReportExporter.document(for: ReportFixture.request(.survey, .json), data: data)
        #expect(summary(document)["onlineShare"] == .percent(0.375))
        #expect(summary(document)["change"] == .points(0.125))
        #expect(summary(document)["sampling"] == .term("sampel acak", code: "probability"))
        let sectors = try #require(table(document, "sector"))
        let salon = try #require(sectors.rows.first { $0.cells[0] == .term("Salon", code: "salon") })
        #expect(salon.emphasis == .muted)
        #expect(salon.cells[1] == .int(8))
        #expect(salon.cells[6] == .text("! n"))
        #expect(sectors.rows.last?.emphasis == .total)
        #expect(table(document, "channels") != nil)
    }

    @Test func latestWaveIsTheDefault() throws {
        var request = ReportFixture.request(.survey, .json)
        request.wave = nil
        request.compareWave = nil
        let document = try ReportExporter.document(for: request, data: data)
        #expect(summary(document)["wave"] == .term("Januari 2021", code: "2021-01"))
        #expect(summary(document)["change"] == nil)
    }

    @Test func badRequestsSayWhatIsWrong() {
        var request = ReportFixture.request(.sop, .md)
        request.sector = nil
        #expect(throws: ReportError.missing(.sector, report: .sop)) { try ReportExporter.render(request, data: data) }
        request.sector = "bengkel"
        #expect(throws: ReportError.unknownSector("bengkel")) { try ReportExporter.render(request, data: data) }
        request.sector = "salon"
        #expect(throws: ReportError.noTemplate(sector: "salon")) { try ReportExporter.render(request, data: data) }
        var survey = ReportFixture.request(.survey, .md)
        survey.wave = "2019-01"
        #expect(throws: ReportError.unknownWave("2019-01", choices: ["2020-07", "2021-01"])) { try ReportExporter.render(survey, data: data) }
        var assessment = ReportFixture.request(.assessment, .md)
        assessment.businessID = "UMK-3204-00004"
        #expect(throws: ReportError.noAssessment(business: "UMK-3204-00004")) { try ReportExporter.render(assessment, data: data) }
        assessment.businessID = "UMK-9999-00001"
        #expect(throws: ReportError.unknownBusiness("UMK-9999-00001")) { try ReportExporter.render(assessment, data: data) }
        var csv = ReportFixture.request(.assessment, .csv)
        csv.csvTable = "nope"
        #expect(throws: ReportError.unknownTable("nope", choices: ["summary", "failed_items", "sections", "checklist"])) {
            try ReportExporter.render(csv, data: data)
        }
        #expect(ReportError.missing(.sector, report: .sop).description(.id) == "laporan sop memerlukan sektor (--sector)")
    }

    @Test func oneCSVTableIsAPlainTable() throws {
        var request = ReportFixture.request(.assessment, .csv)
        request.csvProfile = .rfc4180
        request.csvTable = "sections"
        let csv = String(decoding: try ReportExporter.render(request, data: data), as: UTF8.self)
        #expect(csv == "section,items,answered,score\r\n1. Persiapan,2,2,0.6667\r\n2. Layanan & kasir,3,3,1.0000\r\nSeluruhnya,5,5,0.8000\r\n")
    }

    @Test func everyReportSupportsEveryFormat() {
        for kind in ReportKind.allCases {
            #expect(kind.supportedFormats == ReportFormat.allCases)
        }
        #expect(ReportFormat.allCases.filter(\.isText) == [.csv, .html, .md, .json])
    }

    @Test func officeFileDefaultsAndErrors() throws {
        let folder = try TemporaryFolder()
        #expect(try OfficeProfile.load(folder.file("office.json")) == .westJava)
        let path = try folder.write(Data("{\"name\": 3}".utf8), "office.json")
        #expect(throws: ReportError.self) { try OfficeProfile.load(path) }
        let written = try folder.write(try CanonicalJSON.encode(ReportFixture.office), "good.json")
        #expect(try OfficeProfile.load(written) == ReportFixture.office)
    }
}

/// The bundled `data/office.json` decodes and matches the built-in West Java defaults.
@Suite struct BundledOfficeTests {
    @Test func bundledOfficeFileIsTheWestJavaDefault() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let folder = DataFolder(root: url.appendingPathComponent("data").path)
        #expect(try OfficeProfile.load(from: folder) == .westJava)
    }
}
