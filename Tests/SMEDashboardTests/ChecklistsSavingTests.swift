import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// Revisions, Ctrl+S, save results, the conflict dialog and the quit guard on the SOP screen.
@Suite struct ChecklistsSavingTests {
    private let foodPath = SOPEditFixture.bundledRoot + "/sop/food.json"
    private let newStamp = FileStamp(device: 9, inode: 8, size: 7, modifiedNanoseconds: 6, contentHash: 5)

    @Test func thePublishedTemplateAsksForANewRevisionOnTheFirstEdit() throws {
        var state = SOPEditFixture.state(.checklists)
        let before = state.foodDocument
        #expect(before.checklist.status == .published)
        #expect(state.press(.char("r")).isEmpty)
        guard case .confirm(let question)? = state.modals.last else {
            Issue.record("no question")
            return
        }
        #expect(question.question == .checklists(.startRevision(then: .toggleRequired)))
        #expect(question.message.first?.en == "This template is published (revision 3). Start revision 4 as a draft?")
        #expect(question.message.first?.id == "Templat ini sudah terbit (revisi 3). Mulai revisi 4 sebagai draf?")
        #expect(question.buttons.map(\.label.en) == ["Start revision 4", "Cancel"])
        #expect(state.foodDocument == before)

        _ = state.press(.escape)
        #expect(state.foodDocument == before)

        _ = state.press(.char("r"), .enter)
        let draft = before.checklist.startingRevision()
        #expect(state.foodDocument.checklist == (try draft.applying(.setRequired(itemKey: "kul-001", false))))
        #expect(state.foodDocument.undoStack == [before.checklist, draft])
        #expect(state.isModified(state.foodDocument))
        _ = state.press(.char("u"), .char("u"))
        #expect(state.foodDocument.checklist == before.checklist)
        #expect(!state.isModified(state.foodDocument))
    }

    @Test func addingToAPublishedTemplateStartsTheRevisionThenOpensTheText() {
        var state = SOPEditFixture.state(.checklists)
        _ = state.press(.char("a"), .enter)
        #expect(state.topQuestion == .checklists(.addIndonesian))
        #expect(state.foodDocument.checklist.status == .draft)
        #expect(state.foodDocument.checklist.revision == 4)
    }

    @Test func newRevisionAndPublishAskFirst() {
        var state = SOPEditFixture.state(.checklists)
        _ = state.press(.char("N"))
        #expect(state.topQuestion == .checklists(.newRevision))
        _ = state.press(.enter)
        #expect(state.foodDocument.checklist.status == .draft)
        #expect(state.foodDocument.checklist.revision == 4)
        _ = state.press(.char("N"))
        #expect(state.modals.isEmpty)
        #expect(state.status == .info(Localized(id: "Revisi 4 sudah berupa draf dan dapat diubah", en: "Revision 4 is already a draft and can be edited")))

        _ = state.press(.char("p"))
        guard case .confirm(let question)? = state.modals.last else {
            Issue.record("no question")
            return
        }
        #expect(question.question == .checklists(.publish))
        #expect(question.message.first?.en == "Publish revision 4, effective from 2021-11-01?")
        _ = state.press(.enter)
        #expect(state.foodDocument.checklist.status == .published)
        #expect(state.foodDocument.checklist.revision == 4)
        #expect(state.foodDocument.checklist.effectiveFrom == SOPEditFixture.today)
        #expect(state.isModified(state.foodDocument))
    }

    @Test func ctrlSSavesTheCurrentTemplateExpectingItsStamp() {
        var state = SOPEditFixture.draftFoodState()
        let stamp = state.savedFood?.stamp
        #expect(state.press(.ctrl("s")).isEmpty)
        #expect(state.status == .info(Localized(id: "Tidak ada perubahan untuk disimpan di data/sop/food.json",
                                                en: "No changes to save in data/sop/food.json")))
        _ = state.press(.char("r"))
        let checklist = state.foodDocument.checklist
        #expect(state.press(.ctrl("s")) == [.saveChecklist(path: foodPath, checklist: checklist, expecting: stamp, archiving: nil)])
        #expect(state.update(.command(.save)) == [.saveChecklist(path: foodPath, checklist: checklist, expecting: stamp, archiving: nil)])

        #expect(state.update(.checklists(.saved(ChecklistFile(path: foodPath, checklist: checklist, stamp: newStamp)))).isEmpty)
        #expect(state.savedFood?.stamp == newStamp)
        #expect(!state.isModified(state.foodDocument))
        #expect(!state.hasUnsavedChanges)
        #expect(state.status == .success(Localized(id: "Tersimpan ke data/sop/food.json (revisi 4)", en: "Saved to data/sop/food.json (revision 4)")))
        #expect(state.data.library.template(forSector: "food")?.checklist == checklist)

        _ = state.press(.char("r"))
        #expect(state.press(.ctrl("s")) == [.saveChecklist(path: foodPath, checklist: state.foodDocument.checklist, expecting: newStamp, archiving: nil)])
    }

    @Test func aConflictOpensTheDialogAndReloadKeepsTheUsersVersionOneUndoAway() throws {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"))
        let mine = state.foodDocument.checklist
        state.screen = .businesses
        #expect(state.update(.checklists(.saveFailed(SaveFailure(path: foodPath, message: Localized("changed"), isConflict: true)))).isEmpty)
        #expect(state.screen == .checklists)
        guard case .confirm(let question)? = state.modals.last else {
            Issue.record("no dialog")
            return
        }
        #expect(question.question == .checklists(.conflict(path: foodPath)))
        #expect(question.message.first?.en == "data/sop/food.json was changed by someone else since you opened it.")
        #expect(question.message.first?.id == "data/sop/food.json telah diubah oleh pihak lain sejak Anda membukanya.")
        #expect(question.buttons.map(\.label.en) == ["Reload (discard mine)", "Save as copy", "Cancel"])
        #expect(question.selection == 2)
        #expect(state.foodDocument.checklist == mine)

        #expect(state.press(.left, .left, .enter) == [.reloadChecklist(path: foodPath)])
        let theirs = try state.savedFood!.checklist.applying(.editText(itemKey: "kul-002", text: "Teks mereka", textEn: nil))
        #expect(state.update(.checklists(.reloaded(ChecklistFile(path: foodPath, checklist: theirs, stamp: newStamp)))).isEmpty)
        #expect(state.foodDocument.checklist == theirs)
        #expect(state.savedFood?.stamp == newStamp)
        #expect(!state.isModified(state.foodDocument))
        _ = state.press(.char("u"))
        #expect(state.foodDocument.checklist == mine)
    }

    @Test func saveAsCopyWritesANewFileAndReloadsTheOriginal() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"))
        let mine = state.foodDocument.checklist
        _ = state.update(.checklists(.saveFailed(SaveFailure(path: foodPath, message: Localized("changed"), isConflict: true))))
        _ = state.press(.left)
        #expect(state.press(.enter).isEmpty)
        guard case .prompt(let prompt)? = state.modals.last else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.question == .checklists(.copyName(original: foodPath)))
        #expect(prompt.field.value == "food-copy.json")
        #expect(prompt.label.en == "New file name in data/sop/drafts/:")
        let copyPath = SOPEditFixture.bundledRoot + "/sop/drafts/food-copy.json"
        #expect(state.press(.enter) == [.saveChecklist(path: copyPath, checklist: mine, expecting: nil, archiving: nil)])
        #expect(state.checklists.savingCopies == [copyPath: foodPath])

        let effects = state.update(.checklists(.saved(ChecklistFile(path: copyPath, checklist: mine, stamp: newStamp))))
        #expect(effects == [.reloadChecklist(path: foodPath)])
        #expect(state.checklists.documents.map(\.fileName) == ["food.json", "food-copy.json", "tailoring.json", "salon.json", "events.json", "crafts.json"])
        #expect(state.checklists.current == 1)
        #expect(state.checklists.documents[1].checklist == mine)
        #expect(!state.isModified(state.checklists.documents[1]))
        // The original shows the file as recorded on disk again, without the copied edit.
        #expect(state.checklists.documents[0].checklist == state.data.savedTemplate(at: foodPath)?.checklist)
        #expect(state.checklists.documents[0].checklist != mine)
        #expect(!state.hasUnsavedChanges)
        #expect(state.checklists.savingCopies.isEmpty)
    }

    @Test func cancelAndOtherFailuresKeepTheEdits() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"))
        let mine = state.foodDocument
        _ = state.update(.checklists(.saveFailed(SaveFailure(path: foodPath, message: Localized("changed"), isConflict: true))))
        #expect(state.press(.escape).isEmpty)
        #expect(state.modals.isEmpty)
        #expect(state.foodDocument == mine)

        let message = Localized(id: "tidak dapat membuat berkas sementara", en: "cannot create temporary file")
        #expect(state.update(.checklists(.saveFailed(SaveFailure(path: foodPath, message: message, isConflict: false)))).isEmpty)
        guard case .message(_, let lines)? = state.modals.last else {
            Issue.record("no message")
            return
        }
        #expect(lines.first == message)
        #expect(state.status?.kind == .error)
        #expect(state.foodDocument == mine)
        #expect(state.isModified(state.foodDocument))
    }

    @Test func theQuitGuardSavesEveryModifiedTemplateThenQuits() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"), .char("h"), .down, .char("r"), .enter)
        #expect(state.isModified(state.checklists.documents[1]))
        #expect(state.checklists.unsavedSummary(in: state.data).en == "Unsaved SOP templates: food.json (revision 4), tailoring.json (revision 2)")
        let saves = state.checklists.saveEffects(in: state.data)
        #expect(saves.count == 2)
        #expect(state.press(.char("q")).isEmpty)
        #expect(state.topQuestion == .app(.quit))
        #expect(state.press(.enter) == saves)
        _ = state.update(.checklists(.saved(ChecklistFile(path: foodPath, checklist: state.checklists.documents[0].checklist, stamp: newStamp))))
        let last = state.checklists.documents[1]
        #expect(state.update(.checklists(.saved(ChecklistFile(path: last.path, checklist: last.checklist, stamp: newStamp)))) == [.quit])
    }
}
