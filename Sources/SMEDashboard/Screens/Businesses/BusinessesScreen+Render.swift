import SMEModel
import TerminalUI

extension ScreenScope where State == BusinessesScreen {
    func renderBusinesses(in area: Rect, into grid: inout Grid) {
        let layout = businessesLayout(area)
        if !layout.sidebar.isEmpty { renderSidebar(in: layout.sidebar, into: &grid) }
        renderFilterLine(in: layout.filter, into: &grid)
        if state.detail == nil, let frequency = state.frequency {
            renderFrequency(frequency, in: layout.table, into: &grid)
        } else if let detail = state.detail {
            if state.isShowingCooperatives {
                renderCooperativeDetail(detail, in: layout.table, into: &grid)
            } else {
                renderBusinessDetail(detail, in: layout.table, into: &grid)
            }
        } else if state.isShowingCooperatives {
            renderCooperativeTable(in: layout.table, into: &grid)
        } else {
            renderBusinessTable(in: layout.table, into: &grid)
            if let editor = state.columnEditor { renderColumnEditor(editor, over: layout.table, into: &grid) }
        }
    }

    /// The column list beside the table it changes, so each change shows at once.
    private func renderColumnEditor(_ editor: ColumnEditor, over area: Rect, into grid: inout Grid) {
        let hint = text("Spasi: tampil/sembunyi · K/J: geser · Esc: selesai", "Space: show/hide · K/J: move · Esc: done")
        let width = min(max(TextWidth.of(hint) + 4, 30), area.width)
        let frame = Rect(x: area.right - width, y: area.y + 1, width: width, height: min(editor.order.count + 4, max(area.height - 1, 0)))
        grid.fill(frame, style: .normal)
        let block = Block(title: text("Kolom", "Columns"), glyphs: options.glyphs, borderStyle: Style(.accent))
        block.render(in: frame, into: &grid)
        let inner = block.inner(frame)
        guard inner.height > 1 else { return }
        let items = editor.order.map { (editor.shown.contains($0) ? "[x] " : "[ ] ") + $0.title(language) }
        ListView(items: items, selection: editor.selection, glyphs: options.glyphs)
            .render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1), into: &grid)
        grid.put(hint, x: inner.x, y: inner.bottom - 1, style: Style(.hint), maxWidth: inner.width, ellipsis: options.glyphs.ellipsis)
    }

    /// The status-bar line when no message is showing.
    var businessesStatusLine: String {
        if state.search != nil {
            return text("Ketik untuk mencari · Enter: selesai · Esc: hapus pencarian", "Type to search · Enter: done · Esc: clear the search")
        }
        if state.detail == nil, let view = state.frequency {
            let total = numbers.integer(view.table.total)
            return view.countsCooperatives
                ? text("Dihitung: \(total) koperasi yang tampil di daftar (dengan saringannya)", "Counted: the \(total) cooperatives the list shows (with its filters)")
                : text("Dihitung: \(total) usaha yang tampil di daftar (dengan saringan dan pencariannya)", "Counted: the \(total) businesses the list shows (with its filters and search)")
        }
        if state.detail != nil {
            return text("Esc: kembali ke daftar · ↑/↓: gulir · P: data pribadi", "Esc: back to the list · ↑/↓: scroll · P: personal data")
        }
        guard let row = state.selectedRow else {
            return text("Tidak ada yang cocok. x menghapus saringan.", "Nothing matches. x clears the filters.")
        }
        if state.isShowingCooperatives {
            let c = data.registry.cooperatives[row]
            return "\(c.id) · \(c.name) — " + text("RAT = rapat anggota tahunan, tahun terakhir diadakan",
                                                    "RAT = the annual members' meeting, the year last held")
        }
        let b = data.registry.businesses[row]
        return "\(b.id) · \(b.name) · \(data.registry.sectorName(b.sector, language)) — " + text("Enter: rincian", "Enter: details")
    }

    // MARK: - Sidebar

    private func renderSidebar(in area: Rect, into grid: inout Grid) {
        let block = Block(title: text("Sektor", "Sectors"), glyphs: options.glyphs,
                          borderStyle: Style(state.focus == .sidebar ? .accent : .border))
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        let names = [text("Semua usaha", "All businesses")] + data.registry.sectors.map { $0.name(language) }
            + [text("Koperasi", "Cooperatives")]
        let counts = state.sidebarCounts
        for (index, name) in names.enumerated() where index < inner.height {
            let y = inner.y + index
            let isSelected = index == state.sidebarSelection
            let count = index < counts.count ? numbers.integer(counts[index]) : ""
            let marker = isSelected ? options.glyphs.selectionMarker : " "
            let style: Style = isSelected
                ? Style(state.focus == .sidebar ? .selected : .selectedInactive, bold: true)
                : .normal
            if isSelected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            let countWidth = TextWidth.of(count)
            grid.put(marker + name, x: inner.x, y: y, style: style, maxWidth: max(inner.width - countWidth - 1, 0), ellipsis: options.glyphs.ellipsis)
            grid.put(count, x: inner.x + inner.width - countWidth, y: y, style: style)
        }
    }

    // MARK: - Filter line

    private func renderFilterLine(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        let total = state.isShowingCooperatives ? data.registry.cooperatives.count : data.registry.businesses.count
        let count = text("\(numbers.integer(state.rows.count)) dari \(numbers.integer(total))",
                         "\(numbers.integer(state.rows.count)) of \(numbers.integer(total))")
        let countWidth = TextWidth.of(count)
        grid.put(count, x: area.right - countWidth, y: area.y, style: Style(.accent, bold: true))
        let available = max(area.width - countWidth - 2, 0)
        if let search = state.search {
            let label = text("Cari: ", "Search: ")
            let used = grid.put(label, x: area.x, y: area.y, style: Style(.accent, bold: true), maxWidth: available)
            search.render(in: Rect(x: area.x + used, y: area.y, width: max(available - used, 0), height: 1), into: &grid)
            return
        }
        grid.put(filterSummary, x: area.x, y: area.y, style: Style(state.isFiltered ? .warning : .dim),
                 maxWidth: available, ellipsis: options.glyphs.ellipsis)
    }

    /// "Saringan: wilayah Kota Bandung · daring · cari "siti" · urut: pekerja ↓".
    var filterSummary: String {
        let q = state.query
        let parts = filterParts
        let arrow = (state.isShowingCooperatives ? state.cooperativeDescending : q.descending) ? "↓" : "↑"
        let sortName = state.isShowingCooperatives ? state.cooperativeSort.label(language) : BusinessesScreenColumns.title(q.sort)(language)
        let sort = text("urut: ", "sort: ") + sortName + " " + arrow
        if parts.isEmpty || (parts.count == 1 && !state.isFiltered && bodyArea.width < Self.sidebarFoldWidth && state.focus != .sidebar) {
            return (parts.first.map { $0 + " · " } ?? "") + text("Tanpa saringan", "No filters") + " · " + sort + (parts.isEmpty ? "" : text(" · h: sektor", " · h: sectors"))
        }
        return text("Saringan: ", "Filters: ") + parts.joined(separator: " · ") + " · " + sort
    }

    /// What narrows the list, one phrase each ("wilayah Kota Bandung", "daring"), without the sort.
    var filterParts: [String] {
        let q = state.query
        var parts: [String] = []
        // With the sector list folded away, the line says which entry of it is chosen.
        if bodyArea.width < Self.sidebarFoldWidth, state.focus != .sidebar {
            parts.append(state.isShowingCooperatives ? text("koperasi", "cooperatives")
                         : q.sector.map { text("sektor ", "sector ") + data.registry.sectorName($0, language) } ?? text("semua sektor", "all sectors"))
        }
        let regions = data.registry.regions.filter { q.regions.contains($0.code) }
        if !regions.isEmpty {
            parts.append(text("wilayah ", "region ") + regions.map { data.registry.regionName($0.code, language) }.joined(separator: " + "))
        }
        if state.isShowingCooperatives {
            if let type = state.cooperativeType { parts.append(text("jenis ", "type ") + type.label(language)) }
            if let active = state.cooperativeActive { parts.append(active ? text("aktif", "active") : text("tidak aktif", "inactive")) }
            if let year = state.ratWorklistYear { parts.append(text("pembinaan: tanpa RAT \(year - 1)–\(year)", "worklist: no RAT \(year - 1)–\(year)")) }
        } else {
            if let scale = q.scale { parts.append(text("skala ", "scale ") + scale.label(language)) }
            if let online = q.online { parts.append(online ? text("daring", "online") : text("belum daring", "not online")) }
            if let channel = q.channel { parts.append(text("kanal ", "channel ") + channel.label(language)) }
        }
        if !q.search.isEmpty { parts.append(text("cari", "search") + " \"\(q.search)\"") }
        parts += state.drill.map { $0.label(language) }
        if state.lastImportOnly, !state.isShowingCooperatives { parts.append(text("impor terakhir", "last import")) }
        return parts
    }

    // MARK: - Tables

    /// The business table as drawn in `area`, with the columns shown at its width.
    func businessTable(in area: Rect) -> (table: Table, columns: [BusinessColumn]) {
        let registry = data.registry
        let rows = state.rows
        let language = language
        let numbers = numbers
        let scores = data.scores
        let shown = BusinessesScreenColumns.shown(state.columns, width: area.width)
        let narrow = area.width < 90
        let arrow = state.query.descending ? "↓" : "↑"
        let columns = shown.map { column in
            // The sorted column says so in its header.
            let title = column.title(language) + (column.sortField == state.query.sort ? " " + arrow : "")
            // A fixed column is never narrower than its title with the sort arrow.
            var width = column.width(narrow: narrow)
            if case .fixed(let cells) = width { width = .fixed(max(cells, TextWidth.of(title))) }
            return Table.Column(title, width: width, alignment: column.alignment)
        }
        var table = Table(columns: columns, rowCount: rows.count, selection: rows.isEmpty ? nil : state.selection,
                          offset: state.offset, isFocused: state.focus == .table, glyphs: options.glyphs) { index in
            Self.businessCells(rows[index], shown, registry: registry, scores: scores, language: language, numbers: numbers)
        }
        table.emptyMessage = text("Tidak ada usaha yang cocok dengan saringan.", "No business matches the filters.")
        return (table, shown)
    }

    /// One business's cells for the columns shown (also what y copies).
    static func businessCells(_ row: Int, _ shown: [BusinessColumn], registry: Registry, scores: RowScores, language: Language,
                              numbers: NumberStyle) -> [String] {
        let b = registry.businesses[row]
        return shown.map { column in
            switch column {
            case .id: b.id
            case .name: b.name
            case .scale: b.scale.label(language)
            // Regions by their full short form: "Kab. Bogor" and "Kota Bogor" are two places.
            case .region: registry.regionName(b.region, language)
            case .employees: numbers.integer(b.employees)
            case .online: b.online ? YesNo.yes.label(language) : YesNo.no.label(language)
            case .channels: b.channels.map { $0.label(language) }.joined(separator: ", ")
            case .sopScore: scores[row].map { numbers.percent($0, decimals: 0) } ?? "–"
            case .yearFounded: String(b.yearFounded)
            }
        }
    }

    private func renderBusinessTable(in area: Rect, into grid: inout Grid) {
        businessTable(in: area).table.render(in: area, into: &grid)
    }

    /// The cooperative table as drawn in `area`.
    /// The sort each cooperative column stands for (nil: not sortable), in column order: the
    /// header marks and header clicks both read it.
    static var cooperativeColumnSorts: [BusinessesScreen.CooperativeSort?] { [.name, nil, .region, .members, nil, .lastRAT] }

    func cooperativeTable(in area: Rect) -> Table {
        let registry = data.registry
        let rows = state.rows
        let language = language
        let numbers = numbers
        let arrow = state.cooperativeDescending ? " ↓" : " ↑"
        let columns = [
            Table.Column(text("Nama koperasi", "Cooperative"), width: .flexible(3)),
            // As wide as the longest type, so it is never cut while the name has room.
            Table.Column(text("Jenis", "Type"), width: .fixed(CooperativeType.allCases.map { TextWidth.of($0.label(language)) }.max() ?? 8)),
            Table.Column(text("Wilayah", "Region"), width: .flexible(1)),
            Table.Column(text("Anggota", "Members"), width: .fixed(10), alignment: .right),
            Table.Column(text("Aktif", "Active"), width: .fixed(6)),
            Table.Column("RAT", width: .fixed(6), alignment: .right),
        ].enumerated().map { index, column in
            var column = column
            if Self.cooperativeColumnSorts[index] == state.cooperativeSort { column.title += arrow }
            return column
        }
        var table = Table(columns: columns, rowCount: rows.count, selection: rows.isEmpty ? nil : state.selection, offset: state.offset,
           isFocused: state.focus == .table, glyphs: options.glyphs) { index in
            let c = registry.cooperatives[rows[index]]
            return [c.name, c.type.label(language), registry.regionName(c.region, language), numbers.integer(c.members),
                    c.active ? YesNo.yes.label(language) : YesNo.no.label(language), c.lastRATYear.map(String.init) ?? "–"]
        }
        table.emptyMessage = text("Tidak ada koperasi yang cocok.", "No cooperative matches.")
        return table
    }

    private func renderCooperativeTable(in area: Rect, into grid: inout Grid) {
        cooperativeTable(in: area).render(in: area, into: &grid)
    }
}
