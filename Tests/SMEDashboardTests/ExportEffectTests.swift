import Foundation
import SMEModel
import SMEReportRequest
import TerminalUI
import Testing
@testable import SMEDashboard

/// The runner's side of an export: an existing file is never replaced unasked, and the
/// `exports/` folder is made when missing.
@Suite struct ExportEffectTests {
    private final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-export-\(UUID().uuidString)").path
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    private let performer = EffectPerformer { request, _ in Data("report for \(request.kind.rawValue)\n".utf8) }
    private let sop = ReportRequest(kind: .sop, format: .pdf, language: .id, issuedOn: ISODate(year: 2021, month: 11, day: 1)!, sector: "food")

    @Test func writesIntoAFolderItMakes() throws {
        let folder = try Folder()
        let path = folder.path + "/exports/sop-food.pdf"
        let result = performer.perform(.export(sop, path: path, replacing: false), data: SurveyExportFixture.smallData())
        #expect(result == .export(.exported(path: path, bytes: 15)))
        #expect(FileManager.default.contents(atPath: path) == Data("report for sop\n".utf8))
    }

    @Test func anExistingFileComesBackAsAQuestionUntouched() throws {
        let folder = try Folder()
        let path = folder.path + "/old.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(performer.perform(.export(sop, path: path, replacing: false), data: SurveyExportFixture.smallData())
            == .export(.targetExists(sop, path: path)))
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))

        #expect(performer.perform(.export(sop, path: path, replacing: true), data: SurveyExportFixture.smallData())
            == .export(.exported(path: path, bytes: 15)))
        #expect(FileManager.default.contents(atPath: path) == Data("report for sop\n".utf8))
    }

    @Test func theWholeLoopAsksThenReplaces() throws {
        let folder = try Folder()
        var state = SurveyExportFixture.small(.en, screen: .export)
        let path = folder.path + "/sop.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        state.export.customPath = path
        // The real runner: the key, the performer's answer, the question, the replacing export.
        let runner = DashboardRunner(state: state, backend: RecordingBackend(size: state.size), performer: performer)
        runner.dispatch(.key(.char("x")))
        guard case .confirm = try #require(runner.state.modals.last) else { Issue.record("no question"); return }
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
        runner.dispatch(.key(.left))
        runner.dispatch(.key(.enter))
        #expect(runner.lastResults == [.export(.exported(path: path, bytes: 15))])
        state = runner.state
        #expect(state.export.outcome == .saved(path: path, bytes: 15))
        #expect(state.status?.text(.en) == "Saved to \(path), 15 bytes")
    }
}

/// After an export the whole path is said; with a desktop (DISPLAY or WAYLAND_DISPLAY and
/// xdg-open), the dashboard offers to open the file, closing being the default.
@Suite struct ExportOpenOfferTests {
    @Test func aDesktopIsOfferedToOpenTheFileAndCloseIsTheDefault() {
        var state = DashboardFixture.state(.en)
        state.options.canOpenFiles = true
        _ = state.update(.export(.exported(path: "/home/siti/exports/sop-food.pdf", bytes: 2048)))
        #expect(state.status == .success(Localized(id: "Tersimpan di /home/siti/exports/sop-food.pdf, 2 KB", en: "Saved to /home/siti/exports/sop-food.pdf, 2 KB")))
        #expect(state.screenLines.contains { $0.contains("Open it with the desktop's application?") })
        var closed = state
        #expect(closed.press(.enter).isEmpty)
        #expect(closed.modals.isEmpty)
        #expect(state.press(.char("y")) == [.openFile(path: "/home/siti/exports/sop-food.pdf")])
    }

    @Test func withoutADesktopThereIsNoQuestion() {
        var state = DashboardFixture.state(.en)
        _ = state.update(.export(.exported(path: "/srv/data/exports/x.xlsx", bytes: 10)))
        #expect(state.modals.isEmpty)
        #expect(state.status?.text.en == "Saved to /srv/data/exports/x.xlsx, 10 bytes")
    }
}
