import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// Key sequences on the SOP screen, compared with the same edits made through the model API.
@Suite struct ChecklistsEditingTests {
    private func edited(_ checklist: Checklist, _ edits: ChecklistEdit...) throws -> Checklist {
        var result = checklist
        for edit in edits { result = try result.applying(edit) }
        return result
    }

    @Test func addingAnItemAsksBothTextsAndSelectsTheNewItem() throws {
        var state = SOPEditFixture.draftFoodState()
        let before = state.foodDocument
        #expect(state.press(.char("a")).isEmpty)
        #expect(state.topQuestion == .checklists(.addIndonesian))
        #expect(state.type("Meja dibersihkan").isEmpty)
        #expect(state.press(.enter).isEmpty)
        #expect(state.topQuestion == .checklists(.addEnglish(indonesian: "Meja dibersihkan")))
        #expect(state.type("Tables are wiped").isEmpty)
        #expect(state.press(.enter).isEmpty)

        var expected = before
        expected.record(try edited(before.checklist, .addItem(.after(itemKey: "kul-001"), text: "Meja dibersihkan", textEn: "Tables are wiped")))
        expected.selection = 1
        #expect(state.modals.isEmpty)
        #expect(state.foodDocument == expected)
        #expect(state.foodDocument.selectedItem?.key == "kul-031")
        #expect(state.foodDocument.checklist.sections[0].items.map(\.key) == ["kul-001", "kul-031", "kul-002", "kul-003", "kul-004", "kul-005", "kul-006"])
        #expect(state.isModified(state.foodDocument))
        #expect(state.hasUnsavedChanges)
        #expect(state.status == .info(Localized(id: "Butir kul-031 ditambahkan; Ctrl+S menyimpan", en: "Item kul-031 added; Ctrl+S saves")))
    }

    @Test func escapeCancelsTheAddAtEitherStepAndEmptyTextIsAskedAgain() {
        var state = SOPEditFixture.draftFoodState()
        let before = state.checklists
        _ = state.press(.char("a"))
        _ = state.type("Meja")
        _ = state.press(.escape)
        #expect(state.modals.isEmpty)
        #expect(state.checklists == before)

        _ = state.press(.char("a"))
        _ = state.type("Meja")
        _ = state.press(.enter)
        _ = state.type("Tables")
        _ = state.press(.escape)
        #expect(state.modals.isEmpty)
        #expect(state.checklists == before)

        _ = state.press(.char("a"), .char(" "), .enter)
        #expect(state.topQuestion == .checklists(.addIndonesian))
        #expect(state.status?.kind == .error)
        #expect(state.checklists == before)
    }

    @Test func enterEditsTheTextInTheLanguageShownAndEditsTheOther() throws {
        var english = SOPEditFixture.draftFoodState(language: .en)
        let item = try #require(english.foodDocument.checklist.item("kul-002"))
        english.press(.down, .enter)
        guard case .prompt(let prompt)? = english.modals.last else { Issue.record("no prompt"); return }
        #expect(prompt.field.value == item.textEn)
        #expect(prompt.label.en == "English text:")
        english.press(.escape, .char("E"))
        guard case .prompt(let other)? = english.modals.last else { Issue.record("no prompt"); return }
        #expect(other.field.value == item.text)
        var indonesian = SOPEditFixture.draftFoodState(language: .id)
        indonesian.press(.down, .enter)
        guard case .prompt(let shown)? = indonesian.modals.last else { Issue.record("no prompt"); return }
        #expect(shown.field.value == item.text)
    }

    @Test func editingTextsInBothLanguages() throws {
        var state = SOPEditFixture.draftFoodState(language: .id)
        let before = state.foodDocument.checklist
        _ = state.press(.down, .char("e"))
        guard case .prompt(let prompt)? = state.modals.last else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.field.value == before.item("kul-002")?.text)
        _ = state.press(.ctrl("u"))
        _ = state.type("Poster terpasang")
        _ = state.press(.enter)
        _ = state.press(.char("E"), .ctrl("u"))
        _ = state.type("Posters are up")
        _ = state.press(.enter)
        #expect(state.foodDocument.checklist == (try edited(before, .editText(itemKey: "kul-002", text: "Poster terpasang", textEn: nil),
                                                          .editText(itemKey: "kul-002", text: nil, textEn: "Posters are up"))))
        #expect(state.foodDocument.undoStack.count == 2)
        // Enter on an unchanged text records nothing.
        _ = state.press(.enter, .enter)
        #expect(state.foodDocument.undoStack.count == 2)
    }

    @Test func undoAndRedoRestoreExactChecklistsAndUndoPastASaveMarksModified() throws {
        var state = SOPEditFixture.draftFoodState()
        let original = state.foodDocument.checklist
        _ = state.press(.char("r"))
        let afterRequired = state.foodDocument.checklist
        _ = state.press(.char("J"))
        let afterMove = state.foodDocument.checklist
        _ = state.press(.char("e"), .ctrl("u"))
        _ = state.type("Mengikuti instruksi pemerintah")
        _ = state.press(.enter)
        let afterEdit = state.foodDocument.checklist
        #expect(afterRequired == (try edited(original, .setRequired(itemKey: "kul-001", false))))
        #expect(afterMove == (try edited(afterRequired, .moveItem(itemKey: "kul-001", .down))))

        _ = state.press(.char("u"))
        #expect(state.foodDocument.checklist == afterMove)
        _ = state.press(.char("u"))
        #expect(state.foodDocument.checklist == afterRequired)
        _ = state.press(.char("u"))
        #expect(state.foodDocument.checklist == original)
        #expect(!state.isModified(state.foodDocument))
        _ = state.press(.char("u"))
        #expect(state.status == .info(Localized(id: "Tidak ada yang bisa dibatalkan", en: "Nothing to undo")))
        _ = state.press(.ctrl("r"), .ctrl("r"), .ctrl("r"))
        #expect(state.foodDocument.checklist == afterEdit)
        #expect(state.foodDocument.selectedItem?.key == "kul-001")

        let stamp = FileStamp(device: 1, inode: 2, size: 3, modifiedNanoseconds: 4, contentHash: 5)
        let path = state.foodDocument.path
        #expect(state.update(.checklists(.saved(ChecklistFile(path: path, checklist: afterEdit, stamp: stamp)))).isEmpty)
        #expect(!state.isModified(state.foodDocument))
        #expect(state.savedFood?.stamp == stamp)
        _ = state.press(.char("u"))
        #expect(state.foodDocument.checklist == afterMove)
        #expect(state.isModified(state.foodDocument))
        _ = state.press(.ctrl("r"))
        #expect(!state.isModified(state.foodDocument))
    }

    @Test func deleteAsksFirst() throws {
        var state = SOPEditFixture.draftFoodState()
        let before = state.foodDocument.checklist
        #expect(state.press(.down, .char("d")).isEmpty)
        guard case .confirm(let question)? = state.modals.last else {
            Issue.record("no question")
            return
        }
        #expect(question.question == .checklists(.delete(itemKey: "kul-002")))
        #expect(question.buttons.map(\.label.en) == ["Delete", "Cancel"])
        #expect(state.foodDocument.checklist == before)
        _ = state.press(.escape)
        #expect(state.modals.isEmpty)
        #expect(state.foodDocument.checklist == before)

        // The safe choice is the default: Enter cancels, n cancels, y deletes.
        guard case .confirm(let again)? = ({ var copy = state; _ = copy.press(.delete); return copy.modals.last })() else {
            Issue.record("no question")
            return
        }
        #expect(again.buttons[again.selection].choice == .cancel)
        _ = state.press(.delete, .enter)
        #expect(state.modals.isEmpty && state.foodDocument.checklist == before)
        _ = state.press(.delete, .char("n"))
        #expect(state.modals.isEmpty && state.foodDocument.checklist == before)
        _ = state.press(.delete, .char("y"))
        #expect(state.modals.isEmpty)
        #expect(state.foodDocument.checklist == (try edited(before, .deleteItem(itemKey: "kul-002"))))
        #expect(state.foodDocument.checklist.retiredKeys == ["kul-002"])
        #expect(state.foodDocument.selectedItem?.key == "kul-003")
    }

    @Test func movingItemsWithShiftLettersAndAltArrows() throws {
        var state = SOPEditFixture.draftFoodState()
        let before = state.foodDocument.checklist
        _ = state.press(.char("J"))
        #expect(state.foodDocument.checklist == (try edited(before, .moveItem(itemKey: "kul-001", .down))))
        #expect(state.foodDocument.selectedItem?.key == "kul-001")
        _ = state.press(.alt(.up))
        #expect(state.foodDocument.checklist == before)
        _ = state.press(.char("K"))
        #expect(state.foodDocument.checklist == before)
        #expect(state.status == .error(ChecklistEditError.cannotMove(itemKey: "kul-001", .up).message))
        // The last item of a section joins the next section.
        _ = state.press(.char("g"))
        for _ in 0..<5 { _ = state.press(.down) }
        #expect(state.foodDocument.selectedItem?.key == "kul-006")
        _ = state.press(.alt(.down))
        #expect(state.foodDocument.checklist.sections[1].items.first?.key == "kul-006")
        #expect(state.foodDocument.selectedItem?.key == "kul-006")
    }

    @Test func requiredAndCriticalMarks() {
        var state = SOPEditFixture.draftFoodState()
        _ = state.press(.down)
        func marks() -> (Bool, Bool) {
            let item = state.foodDocument.checklist.item("kul-002")
            return (item?.required ?? false, item?.critical ?? false)
        }
        #expect(marks() == (false, false))
        _ = state.press(.char("r"))
        #expect(marks() == (true, false))
        _ = state.press(.char("!"))
        #expect(marks() == (true, true))
        _ = state.press(.char("!"))
        #expect(marks() == (true, false))
        _ = state.press(.char("!"), .char("r"))
        #expect(marks() == (false, false))
        #expect(state.status == .info(Localized(id: "kul-002 kini tidak wajib (dan tidak kritis)", en: "kul-002 is now optional (and not critical)")))
    }
}
