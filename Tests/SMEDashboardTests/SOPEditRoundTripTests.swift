import Foundation
import Glibc
import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// Edits and answers written to disk by the real `EffectPerformer` in a temporary copy of the
/// data, then read back with `ChecklistLibrary`.
@Suite struct SOPEditRoundTripTests {
    /// Sends a key through the real runner (update, the performer on disk, update with each
    /// result) and returns what the performer reported.
    private func run(_ key: Key, on state: inout AppState) -> [Action] {
        let runner = DashboardRunner(state: state, backend: RecordingBackend(size: state.size), performer: EffectPerformer())
        runner.dispatch(.key(key))
        state = runner.state
        return runner.lastResults
    }

    @Test func anEditSavedToDiskReadsBackTheSame() throws {
        let folder = try SOPEditTemporaryData()
        var state = SOPEditFixture.state(.checklists, root: folder.root)
        _ = state.press(.char("a"), .enter)
        _ = state.type("Pegawai mencuci tangan tiap jam")
        _ = state.press(.enter)
        _ = state.type("Staff wash hands every hour")
        _ = state.press(.enter, .char("!"))
        let edited = state.foodDocument.checklist
        let results = run(.ctrl("s"), on: &state)
        guard case .checklists(.saved(let file))? = results.first else {
            Issue.record("not saved: \(results)")
            return
        }
        #expect(file.path == folder.root + "/sop/food.json")
        #expect(!state.hasUnsavedChanges)
        #expect(state.savedFood?.stamp == file.stamp)

        guard case .success(let (loaded, _)) = ChecklistLibrary.loadTemplate(file.path) else {
            Issue.record("saved file does not load")
            return
        }
        #expect(loaded.checklist == edited)
        #expect(loaded.checklist.revision == 4)
        #expect(loaded.checklist.item("kul-031") == ChecklistItem(
            key: "kul-031", text: "Pegawai mencuci tangan tiap jam", textEn: "Staff wash hands every hour",
            required: true, critical: true, source: ""))
        #expect(ChecklistLibrary.load(DataFolder(root: folder.root)).template(forSector: "food")?.checklist == edited)

        // A second save passes the new stamp and succeeds.
        _ = state.press(.char("r"))
        let second = run(.ctrl("s"), on: &state)
        guard case .checklists(.saved)? = second.first else {
            Issue.record("second save failed: \(second)")
            return
        }
    }

    @Test func aFileChangedOnDiskIsNeverOverwrittenAndSaveAsCopyKeepsBoth() throws {
        let folder = try SOPEditTemporaryData()
        var state = SOPEditFixture.state(.checklists, root: folder.root)
        let path = folder.root + "/sop/food.json"
        _ = state.press(.char("N"), .enter, .char("r"))
        let mine = state.foodDocument.checklist

        // Someone else saves a different text meanwhile.
        var theirs = try #require(state.data.library.template(forSector: "food")).checklist
        theirs.sections[0].items[1].text = "Diubah oleh rekan"
        let theirBytes = try CanonicalJSON.encode(theirs)
        try theirBytes.write(to: URL(fileURLWithPath: path))

        let results = run(.ctrl("s"), on: &state)
        guard case .checklists(.saveFailed(let failure))? = results.first, failure.isConflict else {
            Issue.record("expected a conflict: \(results)")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == theirBytes)
        #expect(state.topQuestion == .checklists(.conflict(path: path)))
        #expect(state.foodDocument.checklist == mine)

        _ = state.press(.left, .enter)
        #expect(state.topQuestion == .checklists(.copyName(original: path)))
        let copyResults = run(.enter, on: &state)
        let copyPath = folder.root + "/sop/drafts/food-copy.json"
        guard case .checklists(.saved(let copy))? = copyResults.first, case .checklists(.reloaded(let reloaded))? = copyResults.last else {
            Issue.record("copy not saved and original not reloaded: \(copyResults)")
            return
        }
        #expect(copy.path == copyPath)
        #expect(reloaded.checklist == theirs)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == theirBytes)
        guard case .success(let (loadedCopy, _)) = ChecklistLibrary.loadTemplate(copyPath) else {
            Issue.record("copy does not load")
            return
        }
        #expect(loadedCopy.checklist == mine)
        #expect(state.checklists.documents[0].checklist == theirs)
        #expect(state.checklists.documents[1].path == copyPath)
        #expect(!state.hasUnsavedChanges)

        // The copy's name is taken now: another copy must not replace it.
        _ = state.press(.char("h"), .char("k"), .char("r"))
        _ = state.press(.enter)
        _ = state.update(.checklists(.saveFailed(SaveFailure(path: path, message: Localized("changed"), isConflict: true))))
        _ = state.press(.left, .enter)
        let refused = run(.enter, on: &state)
        guard case .checklists(.saveFailed(let failure))? = refused.first, failure.path == copyPath, !failure.isConflict else {
            Issue.record("an existing copy was replaced: \(refused)")
            return
        }
        guard case .success(let (stillMine, _)) = ChecklistLibrary.loadTemplate(copyPath) else {
            Issue.record("the copy no longer loads")
            return
        }
        #expect(stillMine.checklist == mine)
        #expect(state.hasUnsavedChanges)
    }

    /// Root writes into read-only folders, so this failure can only be made as another user.
    @Test(.enabled(if: getuid() != 0)) func aReadOnlyFolderKeepsTheEditsAndSaysWhy() throws {
        let folder = try SOPEditTemporaryData()
        var state = SOPEditFixture.draftFoodState(root: folder.root)
        _ = state.press(.char("r"))
        let mine = state.foodDocument
        chmod(folder.root + "/sop", 0o555)
        let results = run(.ctrl("s"), on: &state)
        chmod(folder.root + "/sop", 0o755)
        guard case .checklists(.saveFailed(let failure))? = results.first, !failure.isConflict else {
            Issue.record("expected a failure: \(results)")
            return
        }
        guard case .message? = state.modals.last else {
            Issue.record("no message")
            return
        }
        #expect(state.foodDocument == mine)
    }

    /// A copy's name cannot lead anywhere but `sop/drafts/`: a slash is refused before any write.
    @Test func aCopyNameWithASlashIsRefusedAndKeepsTheEdits() throws {
        let folder = try SOPEditTemporaryData()
        var state = SOPEditFixture.draftFoodState(root: folder.root)
        _ = state.press(.char("r"))
        let mine = state.foodDocument
        _ = state.update(.checklists(.saveFailed(SaveFailure(path: mine.path, message: Localized("changed"), isConflict: true))))
        _ = state.press(.left, .enter, .ctrl("u"))
        _ = state.type("../../food-copy")
        #expect(state.press(.enter).isEmpty)
        #expect(state.status?.text.en == "A file name may hold only letters, digits, \".\", \"_\" and \"-\"")
        guard case .prompt(let prompt)? = state.modals.last else {
            Issue.record("the name is asked again")
            return
        }
        #expect(prompt.question == .checklists(.copyName(original: mine.path)))
        #expect(state.foodDocument == mine)
        #expect(state.checklists.savingCopies.isEmpty)
    }

    @Test func anAssessmentSavedToDiskLoadsAgainstItsTemplate() throws {
        let folder = try SOPEditTemporaryData()
        var state = SOPEditFixture.state(.assess, root: folder.root, assessor: Assessor(name: "Dewi Lestari"))
        let index = SOPEditFixture.firstBusiness(inSector: "food")
        state.startAssessment(of: index)
        _ = state.press(.char(" "), .char(" "), .up, .char(" "), .up, .char("t"), .enter, .enter, .down, .enter)
        _ = state.type("62,5")
        _ = state.press(.enter)
        let answered = try #require(state.assess.assessment)
        let results = run(.ctrl("s"), on: &state)
        guard case .assess(.saved(let file))? = results.first else {
            Issue.record("not saved: \(results)")
            return
        }
        let id = SOPEditFixture.registry.businesses[index].id.lowercased()
        #expect(file.path == folder.root + "/assessments/2021-11-01-\(id).json")
        #expect(state.assess.stamp(in: state.data) == file.stamp)
        let templates = ChecklistLibrary.load(DataFolder(root: folder.root)).templates
        guard case .success(let (loaded, warnings)) = ChecklistLibrary.loadAssessment(file.path, templates: templates) else {
            Issue.record("saved assessment does not load")
            return
        }
        #expect(warnings.isEmpty)
        #expect(loaded.assessment == answered)
        #expect(loaded.assessment.answers["kul-003"]?.value == .number(62.5))
        #expect(loaded.assessment.answers["kul-002"]?.action?.dueDate == "2021-11-08")

        // The second save passes the stamp and is recorded for the other screens; with required
        // items unanswered it is incomplete, so the business has no score yet.
        _ = state.press(.down, .char(" "))
        let second = run(.ctrl("s"), on: &state)
        guard case .assess(.saved)? = second.first else {
            Issue.record("second save failed: \(second)")
            return
        }
        #expect(state.data.savedAssessment(at: loaded.path)?.assessment == state.assess.assessment)
        #expect(state.data.scores[index] == nil)
    }
}
