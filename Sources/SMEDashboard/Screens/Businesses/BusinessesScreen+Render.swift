import SMEModel
import TerminalUI

/// Column layout of the business and cooperative tables.
enum BusinessesScreenColumns {
    static let sortFields: [BusinessSortField] = [.name, .scale, .region, .employees, .online, .channels, .sopScore, .id, .yearFounded]
}

extension ScreenScope where State == BusinessesScreen {
    func renderBusinesses(in area: Rect, into grid: inout Grid) {
        let layout = businessesLayout(area)
        if !layout.sidebar.isEmpty { renderSidebar(in: layout.sidebar, into: &grid) }
        renderFilterLine(in: layout.filter, into: &grid)
        if let detail = state.detail {
            if state.isShowingCooperatives {
                renderCooperativeDetail(detail, in: layout.table, into: &grid)
            } else {
                renderBusinessDetail(detail, in: layout.table, into: &grid)
            }
        } else if state.isShowingCooperatives {
            renderCooperativeTable(in: layout.table, into: &grid)
        } else {
            renderBusinessTable(in: layout.table, into: &grid)
        }
    }

    /// The status-bar line when no message is showing.
    var businessesStatusLine: String {
        if state.search != nil {
            return text("Ketik untuk mencari · Enter: selesai · Esc: hapus pencarian", "Type to search · Enter: done · Esc: clear the search")
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
        var parts: [String] = []
        // With the sector list folded away, the line says which entry of it is chosen.
        if bodyArea.width < Self.sidebarFoldWidth, state.focus != .sidebar {
            parts.append(state.isShowingCooperatives ? text("koperasi", "cooperatives")
                         : q.sector.map { text("sektor ", "sector ") + data.registry.sectorName($0, language) } ?? text("semua sektor", "all sectors"))
        }
        if let region = q.region { parts.append(text("wilayah ", "region ") + data.registry.regionName(region, language)) }
        if state.isShowingCooperatives {
            if let type = state.cooperativeType { parts.append(text("jenis ", "type ") + type.label(language)) }
            if let active = state.cooperativeActive { parts.append(active ? text("aktif", "active") : text("tidak aktif", "inactive")) }
        } else {
            if let scale = q.scale { parts.append(text("skala ", "scale ") + scale.label(language)) }
            if let online = q.online { parts.append(online ? text("daring", "online") : text("belum daring", "not online")) }
            if let channel = q.channel { parts.append(text("kanal ", "channel ") + channel.label(language)) }
        }
        if !q.search.isEmpty { parts.append(text("cari", "search") + " \"\(q.search)\"") }
        if state.lastImportOnly, !state.isShowingCooperatives { parts.append(text("impor terakhir", "last import")) }
        let arrow = (state.isShowingCooperatives ? state.cooperativeDescending : q.descending) ? "↓" : "↑"
        let sortName = state.isShowingCooperatives ? state.cooperativeSort.label(language) : q.sort.label(language)
        let sort = text("urut: ", "sort: ") + sortName + " " + arrow
        if parts.isEmpty || (parts.count == 1 && !state.isFiltered && bodyArea.width < Self.sidebarFoldWidth && state.focus != .sidebar) {
            return (parts.first.map { $0 + " · " } ?? "") + text("Tanpa saringan", "No filters") + " · " + sort + (parts.isEmpty ? "" : text(" · h: sektor", " · h: sectors"))
        }
        return text("Saringan: ", "Filters: ") + parts.joined(separator: " · ") + " · " + sort
    }

    // MARK: - Tables

    private func renderBusinessTable(in area: Rect, into grid: inout Grid) {
        let registry = data.registry
        let rows = state.rows
        let language = language
        let numbers = numbers
        let scores = data.scores
        let wide = area.width >= 100
        // Narrow tables drop the low-value columns first (channels, then scale) and give the name
        // the most room.
        let narrow = area.width < 90
        var columns = [
            Table.Column(text("Nama usaha", "Business"), width: .flexible(narrow ? 5 : 3)),
            Table.Column(text("Skala", "Scale"), width: .fixed(8)),
            Table.Column(text("Wilayah", "Region"), width: .flexible(narrow ? 3 : 2)),
            Table.Column(text("Pekerja", "Staff"), width: .fixed(7), alignment: .right),
            Table.Column(text("Daring", "Online"), width: .fixed(6)),
            Table.Column(text("Kanal", "Channels"), width: .flexible(2)),
            Table.Column(text("Skor SOP", "SOP"), width: .fixed(8), alignment: .right),
        ]
        let dropped: Set<Int> = narrow ? [1, 5] : []
        columns = columns.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        if wide { columns.insert(Table.Column("ID", width: .fixed(14)), at: 0) }
        var table = Table(columns: columns, rowCount: rows.count, selection: rows.isEmpty ? nil : state.selection,
                          offset: state.offset, isFocused: state.focus == .table, glyphs: options.glyphs) { index in
            let b = registry.businesses[rows[index]]
            let score = scores[rows[index]].map { numbers.percent($0, decimals: 0) } ?? "–"
            // Regions by their full short form: "Kab. Bogor" and "Kota Bogor" are two places.
            var cells = [b.name, b.scale.label(language), registry.regionName(b.region, language),
                         numbers.integer(b.employees), b.online ? YesNo.yes.label(language) : YesNo.no.label(language),
                         b.channels.map { $0.label(language) }.joined(separator: ", "), score]
            cells = cells.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
            if wide { cells.insert(b.id, at: 0) }
            return cells
        }
        table.emptyMessage = text("Tidak ada usaha yang cocok dengan saringan.", "No business matches the filters.")
        table.render(in: area, into: &grid)
    }

    private func renderCooperativeTable(in area: Rect, into grid: inout Grid) {
        let registry = data.registry
        let rows = state.rows
        let language = language
        let numbers = numbers
        var table = Table(columns: [
            Table.Column(text("Nama koperasi", "Cooperative"), width: .flexible(3)),
            // As wide as the longest type, so it is never cut while the name has room.
            Table.Column(text("Jenis", "Type"), width: .fixed(CooperativeType.allCases.map { TextWidth.of($0.label(language)) }.max() ?? 8)),
            Table.Column(text("Wilayah", "Region"), width: .flexible(1)),
            Table.Column(text("Anggota", "Members"), width: .fixed(8), alignment: .right),
            Table.Column(text("Aktif", "Active"), width: .fixed(6)),
            Table.Column("RAT", width: .fixed(5), alignment: .right),
        ], rowCount: rows.count, selection: rows.isEmpty ? nil : state.selection, offset: state.offset,
           isFocused: state.focus == .table, glyphs: options.glyphs) { index in
            let c = registry.cooperatives[rows[index]]
            return [c.name, c.type.label(language), registry.regionName(c.region, language), numbers.integer(c.members),
                    c.active ? YesNo.yes.label(language) : YesNo.no.label(language), c.lastRATYear.map(String.init) ?? "–"]
        }
        table.emptyMessage = text("Tidak ada koperasi yang cocok.", "No cooperative matches.")
        table.render(in: area, into: &grid)
    }
}
