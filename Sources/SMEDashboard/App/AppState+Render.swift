import SMEModel
import TerminalUI

extension AppState {
    /// Draws the whole frame. Pure: reads the state, writes only the grid.
    public func render() -> Grid {
        var grid = Grid(size: size)
        guard size.width > 0, size.height > 0 else { return grid }
        if isTooSmall {
            renderTooSmall(into: &grid)
            return grid
        }
        renderTitle(into: &grid)
        renderScreen(screen, in: bodyArea, into: &grid)
        renderStatus(into: &grid)
        renderHints(into: &grid)
        if let modal = modals.last {
            ModalView(state: self).render(modal, into: &grid)
        }
        return grid
    }

    private func renderTooSmall(into grid: inout Grid) {
        let need = "\(Self.minimumSize.width)×\(Self.minimumSize.height)"
        let have = "\(size.width)×\(size.height)"
        let lines = [
            text("Terminal terlalu kecil: perlu \(need), ada \(have)", "Terminal too small: need \(need), have \(have)"),
            text("Perbesar jendela, atau tekan q untuk keluar.", "Enlarge the window, or press q to quit."),
        ]
        // Wrapped, because the message must be readable in the very window that is too small.
        let wrapped = lines.enumerated().flatMap { index, line in
            DisplayText.wrapped(line, toWidth: size.width).map { (index, $0) }
        }
        let top = max(0, (size.height - wrapped.count) / 2)
        for (row, (index, line)) in wrapped.enumerated() where top + row < size.height {
            let width = TextWidth.of(line)
            grid.put(line, x: max(0, (size.width - width) / 2), y: top + row, style: index == 0 ? Style(.warning, bold: true) : .normal,
                     maxWidth: size.width, ellipsis: options.glyphs.ellipsis)
        }
    }

    /// The tab line's tabs and where they go, shared by drawing and mouse clicks.
    func titleTabs() -> (tabs: Tabs, area: Rect, right: String) {
        let used = TextWidth.of("smedash ")
        var right = language == .id ? "ID" : "EN"
        if hasUnsavedChanges { right = text("● belum disimpan  ", "● unsaved  ") + right }
        let width = TextWidth.of(right)
        let room = max(size.width - used - width - 1, 0)
        var tabs = Tabs(titles: Screen.allCases.map { "\($0.rawValue + 1) \($0.title(language))" }, selection: screen.rawValue,
                        glyphs: options.glyphs)
        // When the titles do not all fit, the other tabs show only their number keys.
        if tabs.naturalWidth > room {
            tabs.titles = Screen.allCases.map { $0 == screen ? "\($0.rawValue + 1) \($0.title(language))" : "\($0.rawValue + 1)" }
        }
        let showsRight = size.width >= used + min(tabs.naturalWidth, room) + width + 1 && size.width > width + used + 20
        return (tabs, Rect(x: used, y: 0, width: max(size.width - used, 0), height: 1), showsRight ? right : "")
    }

    private func renderTitle(into grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: Style(.title))
        grid.put("smedash ", x: 0, y: 0, style: Style(.title, bold: true))
        let (tabs, area, right) = titleTabs()
        tabs.render(in: area, into: &grid)
        if !right.isEmpty {
            grid.put(right, x: size.width - TextWidth.of(right), y: 0, style: Style(hasUnsavedChanges ? .modified : .title, bold: hasUnsavedChanges))
        }
    }

    private func renderStatus(into grid: inout Grid) {
        let y = size.height - 2
        let (left, role): (String, StyleRole) = {
            if let status {
                let role: StyleRole = switch status.kind {
                case .info: .normal
                case .success: .success
                case .warning: .warning
                case .error: .error
                }
                let prefix = status.kind == .error ? text("Galat: ", "Error: ") : ""
                return (prefix + status.text(language), role)
            }
            return (screenStatus, .dim)
        }()
        StatusLine(left: left, right: "", style: Style(role, bold: status?.kind == .error), glyphs: options.glyphs)
            .render(in: Rect(x: 0, y: y, width: size.width, height: 1), into: &grid)
    }

    /// The context line a screen shows when there is no message.
    private var screenStatus: String {
        switch screen {
        case .businesses: ScreenScope(state: businesses, context: context()).businessesStatusLine
        default: text("Tekan ? untuk bantuan, : untuk menu perintah.", "Press ? for help, : for the command menu.")
        }
    }

    /// The cooperative view hints its own filters, the business list its own.
    private func hintApplies(_ binding: KeyBinding) -> Bool {
        guard screen == .businesses, case .businesses(let command)? = binding.command else { return true }
        let cooperativesOnly: Set<BusinessesCommand> = [.filterType, .filterActive, .ratWorklist]
        let businessesOnly: Set<BusinessesCommand> = [.filterScale, .filterOnline, .filterChannel]
        return businesses.isShowingCooperatives ? !businessesOnly.contains(command) : !cooperativesOnly.contains(command)
    }

    private func renderHints(into grid: inout Grid) {
        func item(_ binding: KeyBinding) -> KeyHintBar.Item {
            KeyHintBar.Item(key: binding.keys.first?.displayName ?? "", label: binding.hint?(language) ?? "")
        }
        let hinted = KeyBinding.bindings(on: screen).filter { $0.isHinted && hintApplies($0) }
        // Help, the menu and quit stay visible at any width; the screen's own hints give way.
        KeyHintBar(items: hinted.filter { $0.scope != .global }.map(item), pinned: hinted.filter { $0.scope == .global }.map(item),
                   glyphs: options.glyphs)
            .render(in: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &grid)
    }
}
