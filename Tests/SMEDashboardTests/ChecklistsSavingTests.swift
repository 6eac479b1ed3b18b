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
        #expect(question.tag == ModalTag("sop-revision", "toggle-required"))
        #expect(question.message.first?.en == "This template is published (revision 3). Start revision 4 as a draft?")
        #expect(question.message.first?.id == "Templat ini sudah terbit (revisi 3). Mulai revisi 4 sebagai draf?")
        #expect(question.buttons.map(\.en) == ["Start revision 4", "Cancel"])
        #expect(state.foodDocument == before)

        _ = state.press(.escape)
        #expect(state.foodDocument == before)

        _ = state.press(.char("r"), .enter)
        let draft = before.checklist.startingRevision()
        #expect(state.foodDocument.checklist == (try draft.applying(.setRequired(itemKey: "kul-001", false))))
        #expect(state.foodDocument.undoStack == [before.checklist, draft])
        #expect(state.foodDocument.isModified)
        _ = state.press(.char("u"), .char("u"))
        #expect(state.foodDocument.checklist == before.checklist)
        #expect(!state.foodDocument.isModified)
    }

    @Test func addingToAPublishedTemplateStartsTheRevisionThenOpensTheText() {
        var state = SOPEditFixture.state(.checklists)
        _ = state.press(.char("a"), .enter)
        #expect(state.topModalTag == ModalTag("sop-add"))
        #expect(state.foodDocument.checklist.status == .draft)
        #expect(state.foodDocument.checklist.revision == 4)
    }

    @Test func newRevisionAndPublishAskFirst() {
        var state = SOPEditFixture.state(.checklists)
        _ = state.press(.char("N"))
        #expect(state.topModalTag == ModalTag("sop-new-revision"))
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
        #expect(question.tag == ModalTag("sop-publish"))
        #expect(question.message.first?.en == "Publish revision 4, effective from 2021-11-01?")
        _ = state.press(.enter)
        #expect(state.foodDocument.checklist.status == .published)
        #expect(state.foodDocument.checklist.revision == 4)
        #expect(state.foodDocument.checklist.effectiveFrom == SOPEditFixture.today)
        #expect(state.foodDocument.isModified)
    }

    @Test func ctrlSSavesTheCurrentTemplateExpectingItsStamp() {
        var state = SOPEditFixture.draftFoodState()
        let stamp = state.foodDocument.stamp
        #expect(state.press(.ctrl("s")).isEmpty)
        #expect(state.status == .info(Localized(id: "Tidak ada perubahan untuk disimpan di data/sop/food.json",
                                                en: "No changes to save in data/sop/food.json")))
        _ = state.press(.char("r"))
        let checklist = state.foodDocument.checklist
        #expect(state.press(.ctrl("s")) == [.saveChecklist(path: foodPath, checklist: checklist, expecting: stamp)])
        #expect(state.update(.command(.save)) == [.saveChecklist(path: foodPath, checklist: checklist, expecting: stamp)])

        #expect(state.update(.checklistSaved(ChecklistFile(path: foodPath, checklist: checklist, stamp: newStamp))).isEmpty)
        #expect(state.foodDocument.stamp == newStamp)
        #expect(!state.foodDocument.isModified)
        #expect(!state.hasUnsavedChanges)
        #expect(state.status == .success(Localized(id: "Tersimpan ke data/sop/food.json (revisi 4)", en: "Saved to data/sop/food.json (revision 4)")))
        #expect(state.data.library.template(forSector: "food")?.checklist == checklist)

        _ = state.press(.char("r"))
        #expect(state.press(.ctrl("s")) == [.saveChecklist(path: foodPath, checklist: state.foodDocument.checklist, expecting: newStamp)])
    }

    @Test func aConflictOpensTheDialogAndReloadKeepsTheUsersVersionOneUndoAway() throws {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"))
        let mine = state.foodDocument.checklist
        state.screen = .businesses
        #expect(state.update(.saveFailed(path: foodPath, message: Localized("changed"), isConflict: true)).isEmpty)
        #expect(state.screen == .checklists)
        guard case .confirm(let question)? = state.modals.last else {
            Issue.record("no dialog")
            return
        }
        #expect(question.tag == ModalTag("sop-conflict", foodPath))
        #expect(question.message.first?.en == "data/sop/food.json was changed by someone else since you opened it.")
        #expect(question.message.first?.id == "data/sop/food.json telah diubah oleh pihak lain sejak Anda membukanya.")
        #expect(question.buttons.map(\.en) == ["Reload (discard mine)", "Save as copy", "Cancel"])
        #expect(question.selection == 2)
        #expect(state.foodDocument.checklist == mine)

        #expect(state.press(.left, .left, .enter) == [.reloadChecklist(path: foodPath)])
        let theirs = try state.foodDocument.saved.applying(.editText(itemKey: "kul-002", text: "Teks mereka", textEn: nil))
        #expect(state.update(.checklistReloaded(ChecklistFile(path: foodPath, checklist: theirs, stamp: newStamp))).isEmpty)
        #expect(state.foodDocument.checklist == theirs)
        #expect(state.foodDocument.stamp == newStamp)
        #expect(!state.foodDocument.isModified)
        _ = state.press(.char("u"))
        #expect(state.foodDocument.checklist == mine)
    }

    @Test func saveAsCopyWritesANewFileAndReloadsTheOriginal() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"))
        let mine = state.foodDocument.checklist
        _ = state.update(.saveFailed(path: foodPath, message: Localized("changed"), isConflict: true))
        _ = state.press(.left)
        #expect(state.press(.enter).isEmpty)
        guard case .prompt(let prompt)? = state.modals.last else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.tag == ModalTag("sop-save-as", foodPath))
        #expect(prompt.field.value == "food-copy.json")
        #expect(prompt.label.en == "New file name in data/sop/drafts/:")
        let copyPath = SOPEditFixture.bundledRoot + "/sop/drafts/food-copy.json"
        #expect(state.press(.enter) == [.saveChecklist(path: copyPath, checklist: mine, expecting: nil)])
        #expect(state.checklists.savingCopies == [copyPath: foodPath])

        let effects = state.update(.checklistSaved(ChecklistFile(path: copyPath, checklist: mine, stamp: newStamp)))
        #expect(effects == [.reloadChecklist(path: foodPath)])
        #expect(state.checklists.documents.map(\.fileName) == ["food.json", "food-copy.json", "tailoring.json", "salon.json", "events.json", "crafts.json"])
        #expect(state.checklists.current == 1)
        #expect(state.checklists.documents[1].checklist == mine)
        #expect(!state.checklists.documents[1].isModified)
        #expect(state.checklists.documents[0].checklist.status == .published)
        #expect(!state.hasUnsavedChanges)
        #expect(state.checklists.savingCopies.isEmpty)
    }

    @Test func cancelAndOtherFailuresKeepTheEdits() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"))
        let mine = state.foodDocument
        _ = state.update(.saveFailed(path: foodPath, message: Localized("changed"), isConflict: true))
        #expect(state.press(.escape).isEmpty)
        #expect(state.modals.isEmpty)
        #expect(state.foodDocument == mine)

        let message = Localized(id: "tidak dapat membuat berkas sementara", en: "cannot create temporary file")
        #expect(state.update(.saveFailed(path: foodPath, message: message, isConflict: false)).isEmpty)
        guard case .message(_, let lines)? = state.modals.last else {
            Issue.record("no message")
            return
        }
        #expect(lines.first == message)
        #expect(state.status?.kind == .error)
        #expect(state.foodDocument == mine)
        #expect(state.foodDocument.isModified)
    }

    @Test func theQuitGuardSavesEveryModifiedTemplateThenQuits() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.char("r"), .char("h"), .down, .char("r"), .enter)
        #expect(state.checklists.documents[1].isModified)
        #expect(state.checklists.unsavedSummary.en == "Unsaved SOP templates: food.json (revision 4), tailoring.json (revision 2)")
        let saves = state.checklists.saveEffects(data: state.data)
        #expect(saves.count == 2)
        #expect(state.press(.char("q")).isEmpty)
        #expect(state.topModalTag == ModalTag("quit"))
        #expect(state.press(.enter) == saves)
        _ = state.update(.checklistSaved(ChecklistFile(path: foodPath, checklist: state.checklists.documents[0].checklist, stamp: newStamp)))
        let last = state.checklists.documents[1]
        #expect(state.update(.checklistSaved(ChecklistFile(path: last.path, checklist: last.checklist, stamp: newStamp))) == [.quit])
    }
}
