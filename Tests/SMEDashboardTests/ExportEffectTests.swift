import Foundation
import SMEModel
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

    private let performer = EffectPerformer { job, _ in Data("report for \(job.report)\n".utf8) }

    @Test func writesIntoAFolderItMakes() throws {
        let folder = try Folder()
        let path = folder.path + "/exports/sop-food.pdf"
        let job = ExportJob(report: "sop", format: "pdf", path: path, options: ["sector": "food"])
        let result = performer.perform(.export(job), data: SurveyExportFixture.smallData())
        #expect(result == .export(.exported(path: path, bytes: 15)))
        #expect(FileManager.default.contents(atPath: path) == Data("report for sop\n".utf8))
    }

    @Test func anExistingFileComesBackAsAQuestionUntouched() throws {
        let folder = try Folder()
        let path = folder.path + "/old.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let job = ExportJob(report: "sop", format: "pdf", path: path)
        #expect(performer.perform(.export(job), data: SurveyExportFixture.smallData()) == .export(.targetExists(job)))
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))

        var replace = job
        replace.overwrite = true
        #expect(performer.perform(.export(replace), data: SurveyExportFixture.smallData()) == .export(.exported(path: path, bytes: 15)))
        #expect(FileManager.default.contents(atPath: path) == Data("report for sop\n".utf8))
    }

    @Test func theWholeLoopAsksThenReplaces() throws {
        let folder = try Folder()
        var state = SurveyExportFixture.small(.en, screen: .export)
        let path = folder.path + "/sop.pdf"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        state.export.customPath = path
        guard case .export(let job) = try #require(state.press(.char("x")).first) else { Issue.record("no job"); return }
        let answer = try #require(performer.perform(.export(job), data: state.data))
        #expect(state.update(answer) == [])
        guard case .confirm = try #require(state.modals.last) else { Issue.record("no question"); return }
        guard case .export(let replace) = try #require(state.press(.left, .enter).first) else { Issue.record("no job"); return }
        let done = try #require(performer.perform(.export(replace), data: state.data))
        #expect(state.update(done) == [])
        #expect(state.export.outcome == .saved(path: path, bytes: 15))
        #expect(state.status?.text(.en) == "Saved to \(path), 15 bytes")
    }
}
