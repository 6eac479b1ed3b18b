import SMEModel
import TerminalUI

/// Draws the top modal over the screen.
struct ModalView {
    var state: AppState

    func render(_ modal: Modal, into grid: inout Grid) {
        let language = state.language
        let glyphs = state.options.glyphs
        let area = grid.bounds
        switch modal {
        case .help(let scroll):
            HelpView(state: state).render(in: area, scroll: scroll, into: &grid)
        case .message(let title, let lines):
            Dialog(title: title(language), message: lines.map { $0(language) },
                   buttons: ["OK"], role: .error, glyphs: glyphs).render(in: area, into: &grid)
        case .confirm(let confirm):
            Dialog(title: confirm.title(language), message: confirm.message.map { $0(language) },
                   buttons: confirm.buttons.map { $0.label(language) }, selectedButton: confirm.selection,
                   glyphs: glyphs).render(in: area, into: &grid)
        case .prompt(let prompt):
            let width = min(max(area.width - 4, 10), 76)
            let frame = area.centered(width: width, height: 6)
            grid.fill(frame, style: .normal)
            let block = Block(title: prompt.title(language), glyphs: glyphs)
            block.render(in: frame, into: &grid)
            let inner = block.inner(frame)
            grid.put(prompt.label(language), x: inner.x, y: inner.y, style: Style(.dim), maxWidth: inner.width, ellipsis: glyphs.ellipsis)
            prompt.field.render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), into: &grid)
            grid.put(state.text("Enter: simpan · Esc: batal", "Enter: confirm · Esc: cancel"),
                     x: inner.x, y: inner.y + 3, style: Style(.hint), maxWidth: inner.width)
        case .picker(let picker):
            renderPicker(picker, in: area, into: &grid)
        case .document(let title, let lines, let scroll):
            renderDocument(title(language), lines.map { $0(language) }, scroll: scroll, in: area, into: &grid)
        case .commandMenu(let menu):
            let commands = menu.commands(on: state.screen, language)
            let width = min(max(area.width - 4, 10), 78)
            let height = min(max(area.height - 2, 5), commands.count + 5)
            let frame = area.centered(width: width, height: height)
            grid.fill(frame, style: .normal)
            let block = Block(title: state.text("Menu perintah", "Command menu"), glyphs: glyphs)
            block.render(in: frame, into: &grid)
            let inner = block.inner(frame)
            let used = grid.put(state.text("Cari: ", "Find: "), x: inner.x, y: inner.y, style: Style(.dim))
            menu.filter.render(in: Rect(x: inner.x + used, y: inner.y, width: max(inner.width - used, 0), height: 1), into: &grid)
            let rows = commands.map { command -> [String] in
                [command.help(language), KeyBinding.keys(for: command, on: state.screen).map(\.displayName).joined(separator: ", "), command.name]
            }
            let table = Table(columns: [Table.Column(state.text("Tindakan", "Action"), width: .flexible(3)),
                                        Table.Column(state.text("Tombol", "Keys"), width: .min(8)),
                                        Table.Column(state.text("Nama", "Name"), width: .min(12))],
                              rows: rows, selection: commands.isEmpty ? nil : menu.selection, glyphs: glyphs)
            table.render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(inner.height - 1, 0)), into: &grid)
        }
    }
}

extension ModalView {
    /// A long text over the whole screen, wrapped, scrolled by the reading keys.
    func renderDocument(_ title: String, _ lines: [String], scroll: Int, in area: Rect, into grid: inout Grid) {
        grid.fill(area, style: .normal)
        let block = Block(title: title, glyphs: state.options.glyphs, borderStyle: Style(.accent))
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        guard inner.height > 1 else { return }
        let wrapped = lines.flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            return DisplayText.wrapped(line, toWidth: max(inner.width, 1)).enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }
        }
        let rows = inner.height - 1
        let start = min(scroll, max(wrapped.count - rows, 0))
        for (row, text) in wrapped.dropFirst(start).prefix(rows).enumerated() {
            let style: Style = text.hasPrefix("+") ? Style(.success) : text.hasPrefix("-") ? Style(.error) : text.hasPrefix("~") || text.hasPrefix(">") ? Style(.warning) : .normal
            grid.put(text, x: inner.x, y: inner.y + row, style: style, maxWidth: inner.width, ellipsis: state.options.glyphs.ellipsis)
        }
        let position = wrapped.count > rows ? " (\(start + 1)–\(min(start + rows, wrapped.count)) / \(wrapped.count))" : ""
        grid.put(state.text("↑/↓ PgUp/PgDn: gulir · Esc: tutup", "↑/↓ PgUp/PgDn: scroll · Esc: close") + position,
                 x: inner.x, y: inner.bottom - 1, style: Style(.hint), maxWidth: inner.width, ellipsis: state.options.glyphs.ellipsis)
    }

    /// A picker as wide as its longest entry (within the screen), so long region labels are read
    /// whole and short lists do not sit in a wide empty box.
    func renderPicker(_ picker: Picker, in area: Rect, into grid: inout Grid) {
        let language = state.language
        let glyphs = state.options.glyphs
        let visible = picker.visible(language)
        let markWidth = picker.marked == nil ? 0 : 4
        let filterLabel = state.text("Saring: ", "Filter: ")
        let hint = picker.marked.map { marked in
            state.text("Tab: tandai · Enter: pilih", "Tab: mark · Enter: choose") + (marked.isEmpty ? "" : state.text(" (\(marked.count) ditandai)", " (\(marked.count) marked)"))
        }
        // Measured over every option (once per picker), not only the matching ones, so the box keeps
        // its width while typing; a business picker, too long to measure, takes the screen's width.
        let natural = picker.options.naturalWidth(language).map { entries in
            max(TextWidth.of(picker.title(language)) + 6, entries + markWidth + 4, TextWidth.of(filterLabel) + 16, hint.map { TextWidth.of($0) + 4 } ?? 0)
        } ?? area.width
        let width = min(max(area.width - 4, 10), natural)
        let height = min(max(area.height - 2, 5), max(visible.count, 2) + 3 + (hint == nil ? 0 : 1))
        let frame = area.centered(width: width, height: height)
        grid.fill(frame, style: .normal)
        let block = Block(title: picker.title(language), glyphs: glyphs)
        block.render(in: frame, into: &grid)
        let inner = block.inner(frame)
        let used = grid.put(filterLabel, x: inner.x, y: inner.y, style: Style(.dim), maxWidth: inner.width)
        picker.filter.render(in: Rect(x: inner.x + used, y: inner.y, width: max(inner.width - used, 0), height: 1), into: &grid)
        let listHeight = max(inner.height - 1 - (hint == nil ? 0 : 1), 0)
        if let hint, inner.height > 2 {
            grid.put(hint, x: inner.x, y: inner.bottom - 1, style: Style(.hint), maxWidth: inner.width, ellipsis: glyphs.ellipsis)
        }
        guard !visible.isEmpty else {
            let typed = picker.filter.value
            let lines = [state.text("Tidak ada yang cocok dengan \"\(typed)\"", "Nothing matches \"\(typed)\""),
                         state.text("Backspace menghapus huruf", "Backspace deletes a letter")]
            for (row, line) in lines.enumerated() where row < listHeight {
                grid.put(line, x: inner.x, y: inner.y + 1 + row, style: Style(.dim), maxWidth: inner.width, ellipsis: glyphs.ellipsis)
            }
            return
        }
        // Only the entries on screen are labelled: a business picker may hold millions.
        let position = visible.firstIndex(of: picker.selection)
        let first = Table.scrollOffset(selection: position ?? 0, current: 0, visibleRows: listHeight, rowCount: visible.count)
        let items = (first..<min(first + listHeight, visible.count)).map { shown in
            let index = visible[shown]
            return (picker.marked.map { $0.contains(index) ? "[x] " : "[ ] " } ?? "") + picker.options[index](language)
        }
        ListView(items: items, selection: position.map { $0 - first }, glyphs: glyphs)
            .render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: listHeight), into: &grid)
    }
}

/// The help screen: the keys of the current screen, then the global ones, from the binding table.
struct HelpView {
    var state: AppState

    func lines() -> [String] {
        let language = state.language
        var out = [state.text("Bantuan — layar \(state.screen.title.id)", "Help — \(state.screen.title.en) screen"), ""]
        let own = KeyBinding.table.filter { $0.scope == .screen(state.screen) }
        let global = KeyBinding.table.filter { $0.scope == .global }
        let width = KeyBinding.table.map { TextWidth.of($0.keyNames) }.max() ?? 10
        func line(_ binding: KeyBinding) -> String {
            binding.keyNames + String(repeating: " ", count: max(1, width + 2 - TextWidth.of(binding.keyNames))) + binding.action.help(language)
        }
        if !own.isEmpty {
            out.append(state.text("Di layar ini", "On this screen"))
            out += own.map(line)
            out.append("")
        }
        out.append(state.text("Di semua layar", "On every screen"))
        out += global.map(line)
        for kind in DialogKind.allCases {
            out.append("")
            out.append(kind.title(language))
            out += KeyBinding.table.filter { $0.scope == .dialog(kind) }.map(line)
        }
        out.append("")
        out.append(state.text("Esc atau ? menutup bantuan. ↑/↓ menggulir.", "Esc or ? closes help. ↑/↓ scroll."))
        return out
    }

    func render(in area: Rect, scroll: Int, into grid: inout Grid) {
        grid.fill(area, style: .normal)
        let block = Block(title: state.text("Bantuan", "Help"), glyphs: state.options.glyphs)
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        let all = lines()
        let start = min(scroll, max(all.count - inner.height, 0))
        for (row, text) in all.dropFirst(start).prefix(inner.height).enumerated() {
            grid.put(text, x: inner.x, y: inner.y + row, style: row == 0 && start == 0 ? Style(.title, bold: true) : .normal,
                     maxWidth: inner.width, ellipsis: state.options.glyphs.ellipsis)
        }
    }
}
