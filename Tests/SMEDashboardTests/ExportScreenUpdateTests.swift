import SMEModel
import SMEReportRequest
import Testing
import TerminalUI
@testable import SMEDashboard

/// Key sequences on the Export screen, checked against the exact report request they produce.
@Suite struct ExportScreenUpdateTests {
    /// The fixture's "today", which the request carries as its issue date.
    static let today = ISODate(year: 2021, month: 11, day: 1)!

    @Test func xExportsTheDefaultSOPTemplateAsPDF() {
        var state = SurveyExportFixture.small(screen: .export)
        #expect(state.export.fields == [.report, .sector, .format, .paper, .path, .run])
        let effects = state.press(.char("x"))
        #expect(effects == [.export(ReportRequest(kind: .sop, format: .pdf, language: .id, issuedOn: Self.today, sector: "food", paper: .a4), path: "fixture/exports/sop-food-2021-11-01.pdf", replacing: false)])
        #expect(state.status == .info(Localized(id: "Mengekspor ke fixture/exports/sop-food-2021-11-01.pdf…",
                                                en: "Exporting to fixture/exports/sop-food-2021-11-01.pdf…")))
    }

    @Test func enterOnTheExportRowAndF5ExportToo() {
        var state = SurveyExportFixture.small(screen: .export)
        let (request, path) = (ReportRequest(kind: .sop, format: .pdf, language: .id, issuedOn: Self.today, sector: "food", paper: .a4), "fixture/exports/sop-food-2021-11-01.pdf")
        #expect(state.press(.end, .enter) == [.export(request, path: path, replacing: false)])
        #expect(state.export.selectedField == .run)
        #expect(state.press(.home, .function(5)) == [.export(request, path: path, replacing: false)])
    }

    @Test func surveySummaryAsRFC4180CSVComparedWithAnEarlierWave() {
        var state = SurveyExportFixture.small(.en, screen: .export)
        state.press(.enter, .end, .enter)                  // What: survey summary
        #expect(state.export.fields == [.report, .wave, .compare, .format, .paper, .path, .run])
        state.press(.down, .down, .enter, .down, .enter)    // Compare with: July 2020
        state.press(.down, .enter, .home, .down, .down, .enter) // Format: CSV
        #expect(state.export.fields == [.report, .wave, .compare, .format, .csvProfile, .path, .run])
        #expect(state.export.selectedField == .format)
        state.press(.down, .right)                          // Profile: RFC 4180
        let effects = state.press(.char("x"))
        #expect(effects == [.export(ReportRequest(kind: .survey, format: .csv, language: .en, issuedOn: Self.today, wave: "2021-10", compareWave: "2020-07", csvProfile: .rfc4180), path: "fixture/exports/survey-2021-10-vs-2020-07-2021-11-01.csv", replacing: false)])
    }

    @Test func complianceOfASectorInOneRegionAsXLSX() {
        var state = SurveyExportFixture.small(screen: .export)
        state.press(.right, .right)                         // What: compliance (sop → assessment → compliance)
        #expect(state.export.report == .compliance)
        state.press(.down, .right)                          // Sector: salon
        state.press(.down, .enter, .end, .enter)            // Region: Kota Bandung
        state.press(.down, .right)                          // Format: XLSX, no paper
        #expect(state.export.fields == [.report, .sector, .region, .format, .path, .run])
        #expect(state.press(.char("x")) == [.export(ReportRequest(kind: .compliance, format: .xlsx, language: .id, issuedOn: Self.today, sector: "salon", region: "3273"), path: "fixture/exports/compliance-salon-3273-2021-11-01.xlsx", replacing: false)])
    }

    @Test func assessmentWithPersonalDataAsMarkdown() throws {
        var state = SurveyExportFixture.small(.en, screen: .export)
        state.press(.right)
        #expect(state.export.fields == [.report, .assessment, .personalData, .format, .paper, .path, .run])
        #expect(state.export.assessment == "2021-10-27-umk-3273-00001")
        state.press(.down, .enter)
        guard case .picker(let picker) = try #require(state.modals.last) else { Issue.record("no picker"); return }
        #expect(picker.options.map { $0(.en) } == [
            "2021-10-20 · UMK-3273-00001 · Warung Bu Siti · Food · Rina", "2021-10-27 · UMK-3273-00001 · Warung Bu Siti · Food · Rina",
        ])
        state.press(.home, .enter, .down, .right)           // the first visit, personal data shown
        state.press(.down, .left, .left)                    // Format: pdf → json → md
        #expect(state.press(.char("x")) == [.export(ReportRequest(kind: .assessment, format: .md, language: .en, issuedOn: Self.today, assessmentKey: "2021-10-20-umk-3273-00001", showPersonalData: true), path: "fixture/exports/assessment-2021-10-20-umk-3273-00001.md", replacing: false)])
    }

    @Test func aTypedPathIsKeptAndFollowsTheFormat() {
        var state = SurveyExportFixture.small(screen: .export)
        state.press(.down, .down, .down, .down)
        #expect(state.export.selectedField == .path)
        state.press(.enter, .ctrl("u"))
        state.type("laporan/sop kuliner.pdf")
        state.press(.enter)
        #expect(state.export.customPath == "laporan/sop kuliner.pdf")
        state.press(.up, .up, .right, .right, .right)        // Format: pdf → xlsx → csv → html
        #expect(state.export.format == .html)
        #expect(state.press(.char("x")) == [.export(ReportRequest(kind: .sop, format: .html, language: .id, issuedOn: Self.today, sector: "food", paper: .a4), path: "laporan/sop kuliner.html", replacing: false)])

        // An empty answer goes back to the automatic name.
        state.press(.end, .up, .enter, .ctrl("u"), .enter)
        #expect(state.export.customPath == nil)
        #expect(state.scope(\.export).exportPath == "fixture/exports/sop-food-2021-11-01.html")
    }

    @Test func anExistingFileIsReplacedOnlyAfterAsking() throws {
        var state = SurveyExportFixture.small(.en, screen: .export)
        guard case .export(let request, let path, let replacing) = try #require(state.press(.char("x")).first) else {
            Issue.record("no export")
            return
        }
        #expect(!replacing)
        #expect(state.update(.export(.targetExists(request, path: path))) == [])
        guard case .confirm(let confirm) = try #require(state.modals.last) else { Issue.record("no question"); return }
        #expect(confirm.question == .export(.replace(request, path: path)))
        #expect(confirm.buttons.map { $0.label(.en) } == ["Replace", "Cancel"])
        #expect(confirm.selection == 1)
        #expect(confirm.message.map { $0(.en) } == [
            "fixture/exports/sop-food-2021-11-01.pdf already exists.", "Replace it with the new export?"])

        #expect(state.press(.left, .enter) == [.export(request, path: path, replacing: true)])
        #expect(state.modals.isEmpty)
    }

    @Test func cancellingTheQuestionWritesNothing() {
        var state = SurveyExportFixture.small(.en, screen: .export)
        let (request, path) = (ReportRequest(kind: .sop, format: .pdf, language: .en, issuedOn: Self.today, sector: "food", paper: .a4), "fixture/exports/sop-food-2021-11-01.pdf")
        #expect(state.update(.export(.targetExists(request, path: path))) == [])
        #expect(state.press(.enter) == [])
        #expect(state.modals.isEmpty)
        #expect(state.status == .info(Localized(id: "Tidak diekspor; berkas lama tetap.", en: "Not exported; the old file is kept.")))
        #expect(state.update(.export(.targetExists(request, path: path))) == [])
        #expect(state.press(.escape) == [])
        #expect(state.modals.isEmpty)
    }

    @Test func theSavedFileIsShownWithItsSize() {
        var state = SurveyExportFixture.small(.en, screen: .export)
        #expect(state.update(.export(.exported(path: "exports/sop-food-2021-11-01.pdf", bytes: 27_648))) == [])
        #expect(state.export.outcome == .saved(path: "exports/sop-food-2021-11-01.pdf", bytes: 27_648))
        #expect(state.status?.kind == .success)
        #expect(state.status?.text(.en) == "Saved to exports/sop-food-2021-11-01.pdf, 27 KB")
        #expect(state.status?.text(.id) == "Tersimpan di exports/sop-food-2021-11-01.pdf, 27 KB")
        #expect(state.scope(\.export).exportSavedMessage(path: "a", bytes: 900)(.id) == "Tersimpan di a, 900 bita")
        #expect(state.scope(\.export).exportSavedMessage(path: "a", bytes: 3_500_000)(.id) == "Tersimpan di a, 3,3 MB")
    }

    @Test func aFailureStaysUntilDismissed() {
        var state = SurveyExportFixture.small(.en, screen: .export)
        #expect(state.update(.export(.failed(Localized(id: "disk penuh", en: "disk full")))) == [])
        #expect(state.status == .error(Localized(id: "Ekspor gagal: disk penuh", en: "Export failed: disk full")))
        state.press(.down)
        #expect(state.status?.kind == .error)
        #expect(state.export.outcome == .failed(Localized(id: "disk penuh", en: "disk full")))
        state.press(.escape)
        #expect(state.status == nil)
        // The screen keeps the outcome until the next export.
        #expect(state.export.outcome != nil)
        state.press(.char("x"))
        #expect(state.export.outcome == nil)
    }

    @Test func resultsArriveOnAnyScreen() {
        var state = SurveyExportFixture.small(.en, screen: .survey)
        #expect(state.update(.export(.exported(path: "exports/a.pdf", bytes: 10))) == [])
        #expect(state.export.outcome == .saved(path: "exports/a.pdf", bytes: 10))
    }

    @Test func nothingToExportIsAnErrorNotAJob() {
        var data = SurveyExportFixture.smallData()
        data = DashboardData(folder: data.folder, registry: data.registry, library: ChecklistLibrary())
        var state = AppState(data: data, language: .en, size: Size(width: 80, height: 24))
        state.screen = .export
        state.press(.right)
        #expect(state.export.report == .assessment)
        #expect(state.press(.char("x")) == [])
        #expect(state.status == .error(ExportFormProblem.noAssessment.message))
        #expect(state.export.outcome == .failed(ExportFormProblem.noAssessment.message))
    }

    @Test func theExportFolderSitsBesideARelativeDataFolder() {
        #expect(ExportScreen.folder(besideDataRoot: "data") == "exports")
        #expect(ExportScreen.folder(besideDataRoot: "./data/") == "exports")
        #expect(ExportScreen.folder(besideDataRoot: "../office/data") == "../office/exports")
        #expect(ExportScreen.folder(besideDataRoot: "/srv/smedash/data") == "exports")
    }
}
