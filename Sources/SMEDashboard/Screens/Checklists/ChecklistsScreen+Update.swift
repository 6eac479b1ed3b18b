import SMEModel
import TerminalUI

extension ScreenScope where State == ChecklistsScreen {
    // MARK: - Layout shared by update and render

    /// Areas of the SOP screen: the template list, the item block, and inside the block the
    /// item list and the detail lines of the selected item.
    func checklistsLayout(_ area: Rect) -> (sidebar: Rect, block: Rect, list: Rect, detail: Rect) {
        let sidebarWidth = area.width >= 100 ? 28 : 24
        let columns = area.columns([.fixed(sidebarWidth), .flexible(1)], spacing: 1)
        let block = columns[1]
        let inner = block.inset(by: 1)
        let paneLines = state.currentDocument?.selectedItem.map { itemPane($0).lines(width: inner.width).count } ?? 2
        let detailHeight = ItemTextPane.height(lines: paneLines, available: inner.height)
        let list = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - detailHeight)
        let detail = Rect(x: inner.x, y: list.bottom, width: inner.width, height: detailHeight)
        return (columns[0], block, list, detail)
    }

    /// Item rows that fit on screen (the page size).
    var checklistsPageSize: Int { max(checklistsLayout(bodyArea).list.height, 1) }

    // MARK: - Update

    /// Every command needs a template; with none, the screen says where it looked.
    private mutating func hasTemplate(_ quietly: Bool = false) -> Bool {
        guard state.currentDocument == nil else { return true }
        if !quietly {
            status = .info(Localized(id: "Tidak ada templat SOP di \(displayPath(data.folder.sopFolder))",
                                     en: "There are no SOP templates in \(displayPath(data.folder.sopFolder))"))
        }
        return false
    }

    mutating func runList(_ command: ListCommand) -> [Effect] {
        guard hasTemplate([.back, .focusLeft, .focusRight].contains(command)) else { return [] }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            moveInChecklists(command)
        case .focusLeft, .back:
            state.focus = .templates
        case .focusRight, .open:
            state.focus = .items
        }
        return []
    }

    mutating func runEdit(_ command: EditCommand) -> [Effect] {
        guard hasTemplate() else { return [] }
        switch command {
        case .save: return saveCurrentChecklist()
        case .undo: undoChecklist(redo: false)
        case .redo: undoChecklist(redo: true)
        }
        return []
    }

    mutating func run(_ command: ChecklistsCommand) -> [Effect] {
        guard hasTemplate() else { return [] }
        switch command {
        case .editItem where state.focus == .templates:
            // Enter on the template list opens its items, as in every list on the dashboard.
            state.focus = .items
        case .addItem, .editItem, .editItemOtherLanguage, .deleteItem, .moveItemUp, .moveItemDown, .toggleRequired, .toggleCritical:
            state.focus = .items
            return startChecklistEdit(command)
        case .newRevision:
            askNewRevision()
        case .publish:
            askPublish()
        case .history:
            guard let doc = state.currentDocument else { return [] }
            return [.loadChecklistHistory(path: doc.path)]
        }
        return []
    }

    private mutating func moveInChecklists(_ command: ListCommand) {
        if state.focus == .templates {
            let index = command.moved(state.current, count: state.documents.count, page: checklistsPageSize)
            state.current = index
            return
        }
        let current = state.current
        var doc = state.documents[current]
        let count = doc.checklist.items.count
        doc.selection = command.moved(doc.selection, count: count, page: checklistsPageSize)
        doc.offset = ChecklistRows(doc.checklist).offset(selection: doc.selection, current: doc.offset, visibleRows: checklistsPageSize)
        state.documents[current] = doc
    }

    /// Keeps the selected item visible after an edit moved it or the list changed.
    mutating func scrollChecklistToSelection() {
        let current = state.current
        guard state.documents.indices.contains(current) else { return }
        var doc = state.documents[current]
        doc.reselect(doc.selectedItem?.key)
        doc.offset = ChecklistRows(doc.checklist).offset(selection: doc.selection, current: doc.offset, visibleRows: checklistsPageSize)
        state.documents[current] = doc
    }

    private mutating func undoChecklist(redo: Bool) {
        let current = state.current
        var doc = state.documents[current]
        let done = redo ? doc.redo() : doc.undo()
        guard done else {
            status = .info(redo ? Localized(id: "Tidak ada yang bisa diulang", en: "Nothing to redo")
                                : Localized(id: "Tidak ada yang bisa dibatalkan", en: "Nothing to undo"))
            return
        }
        state.documents[current] = doc
        scrollChecklistToSelection()
        let left = redo ? doc.redoStack.count : doc.undoStack.count
        status = .info(redo
            ? Localized(id: "Diulang (\(left) lagi dapat diulang)", en: "Redone (\(left) more to redo)")
            : Localized(id: "Dibatalkan (\(left) lagi dapat dibatalkan)", en: "Undone (\(left) more to undo)"))
    }

    mutating func handleChecklistsMouse(_ event: MouseEvent) {
        let layout = checklistsLayout(bodyArea)
        switch event.kind {
        case .scrollUp: moveInChecklists(.moveUp)
        case .scrollDown: moveInChecklists(.moveDown)
        case .click, .press, .doubleClick:
            if layout.sidebar.contains(event.position) {
                state.focus = .templates
                let index = (event.position.y - layout.sidebar.y - 1) / 2
                if event.position.y > layout.sidebar.y, state.documents.indices.contains(index) { state.current = index }
            } else if layout.list.contains(event.position), let doc = state.currentDocument {
                state.focus = .items
                let rows = ChecklistRows(doc.checklist)
                let offset = rows.offset(selection: doc.selection, current: doc.offset, visibleRows: layout.list.height)
                if let item = rows.item(atRow: offset + event.position.y - layout.list.y) {
                    state.documents[state.current].selection = item
                    state.documents[state.current].offset = offset
                    if case .doubleClick = event.kind { _ = startChecklistEdit(.editItem) }
                }
            }
        default:
            break
        }
    }
}
