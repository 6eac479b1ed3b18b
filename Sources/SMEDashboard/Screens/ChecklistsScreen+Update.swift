import SMEModel
import TerminalUI

extension AppState {
    // MARK: - Layout shared by update and render

    /// Areas of the SOP screen: the template list, the item block, and inside the block the
    /// item list and the detail lines of the selected item.
    func checklistsLayout(_ area: Rect) -> (sidebar: Rect, block: Rect, list: Rect, detail: Rect) {
        let sidebarWidth = area.width >= 100 ? 28 : 24
        let columns = area.columns([.fixed(sidebarWidth), .flexible(1)], spacing: 1)
        let block = columns[1]
        let inner = block.inset(by: 1)
        let detailHeight = inner.height >= 8 ? 3 : 0
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - detailHeight)
        let detail = Rect(x: inner.x, y: list.bottom, width: inner.width, height: detailHeight)
        return (columns[0], block, list, detail)
    }

    /// Item rows that fit on screen (the page size).
    var checklistsPageSize: Int { max(checklistsLayout(bodyArea).list.height, 1) }

    // MARK: - Update

    mutating func updateChecklists(_ action: Action) -> [Effect] {
        switch action {
        case .command(let command):
            return runChecklists(command)
        case .prompted(let tag, let text):
            return answerChecklistPrompt(tag, text)
        case .confirmed(let tag, let choice):
            return answerChecklistConfirm(tag, choice)
        case .key(.mouse(let event)):
            handleChecklistsMouse(event)
        case .checklistSaved(let file):
            return checklistSaved(file)
        case .checklistReloaded(let file):
            checklistReloaded(file)
        case .saveFailed(let path, let message, let isConflict):
            checklistSaveFailed(path: path, message: message, isConflict: isConflict)
        case .reloadFailed(let path, let message):
            status = .error(Localized(id: "Gagal memuat ulang \(displayPath(path))", en: "Could not reload \(displayPath(path))"))
            showMessage(Localized(id: "Gagal memuat ulang", en: "Could not reload"), [
                message,
                Localized(id: "Suntingan Anda masih ada dan belum disimpan.", en: "Your edits are still here, unsaved."),
            ])
        default:
            break
        }
        return []
    }

    private mutating func runChecklists(_ command: Command) -> [Effect] {
        guard checklists.currentDocument != nil else {
            if command != .back, command != .focusLeft, command != .focusRight {
                status = .info(Localized(id: "Tidak ada templat SOP di \(displayPath(data.folder.sopFolder))",
                                         en: "There are no SOP templates in \(displayPath(data.folder.sopFolder))"))
            }
            return []
        }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            moveInChecklists(command)
        case .focusLeft, .back:
            checklists.focus = .templates
        case .focusRight, .open:
            checklists.focus = .items
        case .editItem where checklists.focus == .templates:
            // Enter on the template list opens its items, as in every list on the dashboard.
            checklists.focus = .items
        case .addItem, .editItem, .editItemEnglish, .deleteItem, .moveItemUp, .moveItemDown, .toggleRequired, .toggleCritical:
            checklists.focus = .items
            return startChecklistEdit(command)
        case .newRevision:
            askNewRevision()
        case .publish:
            askPublish()
        case .save:
            return saveCurrentChecklist()
        case .undo:
            undoChecklist(redo: false)
        case .redo:
            undoChecklist(redo: true)
        default:
            break
        }
        return []
    }

    private mutating func moveInChecklists(_ command: Command) {
        if checklists.focus == .templates {
            let index = ChecklistRows.moved(checklists.current, by: command, count: checklists.documents.count, page: checklistsPageSize)
            checklists.current = index
            return
        }
        let current = checklists.current
        var doc = checklists.documents[current]
        let count = doc.checklist.items.count
        doc.selection = ChecklistRows.moved(doc.selection, by: command, count: count, page: checklistsPageSize)
        doc.offset = ChecklistRows(doc.checklist).offset(selection: doc.selection, current: doc.offset, visibleRows: checklistsPageSize)
        checklists.documents[current] = doc
    }

    /// Keeps the selected item visible after an edit moved it or the list changed.
    mutating func scrollChecklistToSelection() {
        let current = checklists.current
        guard checklists.documents.indices.contains(current) else { return }
        var doc = checklists.documents[current]
        doc.reselect(doc.selectedItem?.key)
        doc.offset = ChecklistRows(doc.checklist).offset(selection: doc.selection, current: doc.offset, visibleRows: checklistsPageSize)
        checklists.documents[current] = doc
    }

    private mutating func undoChecklist(redo: Bool) {
        let current = checklists.current
        var doc = checklists.documents[current]
        let done = redo ? doc.redo() : doc.undo()
        guard done else {
            status = .info(redo ? Localized(id: "Tidak ada yang bisa diulang", en: "Nothing to redo")
                                : Localized(id: "Tidak ada yang bisa dibatalkan", en: "Nothing to undo"))
            return
        }
        checklists.documents[current] = doc
        scrollChecklistToSelection()
        let left = redo ? doc.redoStack.count : doc.undoStack.count
        status = .info(redo
            ? Localized(id: "Diulang (\(left) lagi dapat diulang)", en: "Redone (\(left) more to redo)")
            : Localized(id: "Dibatalkan (\(left) lagi dapat dibatalkan)", en: "Undone (\(left) more to undo)"))
    }

    private mutating func handleChecklistsMouse(_ event: MouseEvent) {
        let layout = checklistsLayout(bodyArea)
        switch event.kind {
        case .scrollUp: moveInChecklists(.moveUp)
        case .scrollDown: moveInChecklists(.moveDown)
        case .click, .press, .doubleClick:
            if layout.sidebar.contains(event.position) {
                checklists.focus = .templates
                let index = (event.position.y - layout.sidebar.y - 1) / 2
                if event.position.y > layout.sidebar.y, checklists.documents.indices.contains(index) { checklists.current = index }
            } else if layout.list.contains(event.position), let doc = checklists.currentDocument {
                checklists.focus = .items
                let rows = ChecklistRows(doc.checklist)
                let offset = rows.offset(selection: doc.selection, current: doc.offset, visibleRows: layout.list.height)
                if let item = rows.item(atRow: offset + event.position.y - layout.list.y) {
                    checklists.documents[checklists.current].selection = item
                    checklists.documents[checklists.current].offset = offset
                    if case .doubleClick = event.kind { _ = startChecklistEdit(.editItem) }
                }
            }
        default:
            break
        }
    }
}
