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
            let visible = picker.visible(language)
            let width = min(max(area.width - 4, 10), 60)
            let height = min(max(area.height - 2, 5), visible.count + 5)
            let frame = area.centered(width: width, height: height)
            grid.fill(frame, style: .normal)
            let block = Block(title: picker.title(language), glyphs: glyphs)
            block.render(in: frame, into: &grid)
            let inner = block.inner(frame)
            let filterLabel = state.text("Saring: ", "Filter: ")
            let used = grid.put(filterLabel, x: inner.x, y: inner.y, style: Style(.dim), maxWidth: inner.width)
            picker.filter.render(in: Rect(x: inner.x + used, y: inner.y, width: max(inner.width - used, 0), height: 1), into: &grid)
            let list = ListView(items: visible.map { picker.options[$0](language) },
                                selection: visible.firstIndex(of: picker.selection), glyphs: glyphs)
            list.render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(inner.height - 1, 0)), into: &grid)
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
