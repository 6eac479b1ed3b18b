import SMEModel
import TerminalUI

extension ScreenScope where State == ChecklistsScreen {
    func renderChecklists(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        guard let doc = state.currentDocument else {
            grid.put(text("Tidak ada templat SOP di \(displayPath(data.folder.sopFolder)).",
                          "There are no SOP templates in \(displayPath(data.folder.sopFolder))."),
                     x: area.x + 1, y: area.y + min(1, area.height - 1), style: Style(.dim), maxWidth: area.width - 1, ellipsis: options.glyphs.ellipsis)
            return
        }
        let layout = checklistsLayout(area)
        renderTemplateList(in: layout.sidebar, into: &grid)
        renderItemBlock(doc, in: layout.block, into: &grid)
        renderItemList(doc, in: layout.list, into: &grid)
        renderItemDetail(doc.selectedItem, in: layout.detail, into: &grid)
    }


    // MARK: - Template list

    private func renderTemplateList(in area: Rect, into grid: inout Grid) {
        let focused = state.focus == .templates
        let block = Block(title: text("Templat SOP", "SOP templates"), glyphs: options.glyphs,
                          borderStyle: Style(focused ? .accent : .border))
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let visible = max(inner.height / 2, 1)
        let first = Table.scrollOffset(selection: state.current, current: 0, visibleRows: visible, rowCount: state.documents.count)
        for (row, index) in (first..<state.documents.count).prefix(visible).enumerated() {
            let doc = state.documents[index]
            let y = inner.y + row * 2
            let isSelected = index == state.current
            let style: Style = isSelected ? Style(focused ? .selected : .selectedInactive, bold: true) : .normal
            if isSelected {
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: min(2, inner.bottom - y)), style: style)
                if focused { grid.cursor = Point(x: inner.x, y: y) }
            }
            let marker = isSelected ? options.glyphs.selectionMarker + " " : "  "
            var name = data.registry.sectorName(doc.checklist.sector, language)
            let stem = doc.fileName.hasSuffix(".json") ? String(doc.fileName.dropLast(5)) : doc.fileName
            if stem != doc.checklist.sector { name += " (\(stem))" }
            let mark = state.isModified(doc, in: data) ? " " + modifiedMark : ""
            let markWidth = TextWidth.of(mark)
            let used = grid.put(marker + name, x: inner.x, y: y, style: style, maxWidth: max(inner.width - markWidth, 0),
                                ellipsis: options.glyphs.ellipsis)
            if !mark.isEmpty, used + markWidth <= inner.width {
                grid.put(mark, x: inner.x + used, y: y, style: isSelected ? style : Style(.modified, bold: true))
            }
            let line = "  " + text("rev. \(doc.checklist.revision) · \(doc.checklist.status.label.id)",
                                   "rev. \(doc.checklist.revision) · \(doc.checklist.status.label.en)")
            grid.put(line, x: inner.x, y: y + 1, style: isSelected ? style.bold(false) : Style(.dim), maxWidth: inner.width,
                     ellipsis: options.glyphs.ellipsis)
        }
    }

    // MARK: - Items

    /// The block around the items, titled "<title> · rev. 3 · terbit [diubah]"; the title gives
    /// way first so the revision and the modified mark always show.
    private func renderItemBlock(_ doc: ChecklistDocument, in area: Rect, into grid: inout Grid) {
        let checklist = doc.checklist
        let suffix = text(" · rev. \(checklist.revision) · \(checklist.status.label.id)",
                          " · rev. \(checklist.revision) · \(checklist.status.label.en)")
        let mark = state.isModified(doc, in: data) ? " " + modifiedMark : ""
        let room = area.width - 5 - TextWidth.of(suffix + mark)
        let title = room >= 4 ? DisplayText.truncated(checklist.title(language), toWidth: room, ellipsis: options.glyphs.ellipsis) : ""
        let head = title.isEmpty ? String(suffix.dropFirst(3)) : title + suffix
        let block = Block(title: head + mark, glyphs: options.glyphs, borderStyle: Style(state.focus == .items ? .accent : .border))
        block.render(in: area, into: &grid)
        let markX = area.x + 2 + TextWidth.of(head)
        if !mark.isEmpty, markX + TextWidth.of(mark) <= area.right - 3 {
            grid.put(mark, x: markX, y: area.y, style: Style(.modified, bold: true))
        }
    }

    private func renderItemList(_ doc: ChecklistDocument, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let checklist = doc.checklist
        let rows = ChecklistRows(checklist)
        let focused = state.focus == .items
        let showsSource = area.width >= 90
        let widths = Constraint.split(area.width, into: [.fixed(2), .fixed(2), .fixed(8), .flexible(1)] + (showsSource ? [.fixed(26)] : []))
        let offset = rows.offset(selection: doc.selection, current: doc.offset, visibleRows: area.height)
        for (line, row) in rows.rows.dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + line
            switch row {
            case .section(let index):
                let section = checklist.sections[index]
                grid.put(section.title(language), x: area.x, y: y, style: Style(.header, bold: true), maxWidth: area.width,
                         ellipsis: options.glyphs.ellipsis)
            case .emptySection:
                grid.put(text("    (belum ada butir)", "    (no items yet)"), x: area.x, y: y, style: Style(.dim), maxWidth: area.width)
            case .item(let section, let index, let flat):
                let item = checklist.sections[section].items[index]
                let isSelected = flat == doc.selection
                let style: Style = isSelected ? Style(focused ? .selected : .selectedInactive) : .normal
                if isSelected {
                    grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
                    if focused { grid.cursor = Point(x: area.x, y: y) }
                }
                let marks = item.critical ? "!" : item.isRequired ? "*" : ""
                var cells = [isSelected ? options.glyphs.selectionMarker : "", marks, item.key, item.text(language)]
                if showsSource { cells.append(item.source) }
                var x = area.x
                for (column, cell) in cells.enumerated() {
                    let cellStyle = column == 1 && !isSelected ? Style(item.critical ? .error : .warning, bold: true) : style
                    grid.put(cell, x: x, y: y, style: cellStyle, maxWidth: max(widths[column] - (column >= 3 ? 1 : 0), 0),
                             ellipsis: options.glyphs.ellipsis)
                    x += widths[column]
                }
            }
        }
    }

    /// Under the list: the item's whole text in both languages, then its source, type, weight and marks.
    func itemPane(_ item: ChecklistItem) -> ItemTextPane {
        var parts = [text("Sumber: ", "Source: ") + (item.source.isEmpty ? "–" : item.source), AnswerText.type(item, language),
                     text("bobot ", "weight ") + AnswerText.number(item.weight, language)]
        if item.critical {
            parts.append(text("! kritis", "! critical"))
        } else if item.isRequired {
            parts.append(text("* wajib", "* required"))
        }
        return ItemTextPane(item: item, language: language, extra: [(parts.joined(separator: " · "), .normal)])
    }

    private func renderItemDetail(_ item: ChecklistItem?, in area: Rect, into grid: inout Grid) {
        guard area.height >= 3 else { return }
        guard let item else {
            grid.put(String(repeating: options.glyphs.horizontal, count: area.width), x: area.x, y: area.y, style: Style(.border))
            grid.put(text("a menambah butir pertama.", "a adds the first item."), x: area.x, y: area.y + 1, style: Style(.dim), maxWidth: area.width)
            return
        }
        itemPane(item).render(in: area, glyphs: options.glyphs, into: &grid)
    }
}
