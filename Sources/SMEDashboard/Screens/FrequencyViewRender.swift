import SMEModel
import TerminalUI

extension ScreenScope {
    /// The frequency list (value, count, share, bar) or the pivot (values × values, totals).
    func renderFrequency(_ view: FrequencyView, in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let t = view.table
        let l = language
        let subject = view.subject.plural(l)
        let order = view.byCount ? text("urut banyaknya (s: urut nilai)", "by count (s: by value)") : text("urut nilai (s: urut banyaknya)", "by value (s: by count)")
        let head = t.dimensions.map { $0.title(l) }.joined(separator: " × ") + " · \(numbers.integer(t.total)) \(subject) · " + order
        grid.put(head, x: area.x, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width, ellipsis: options.glyphs.ellipsis)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(area.height - 2, 0))
        let rows = view.order
        var columns = [Table.Column(t.dimensions[0].title(l), width: .flexible(2))]
        let cells: (Int) -> [String]
        if t.isPivot {
            // The column under the cursor is bracketed, so it shows in plain text too.
            for (index, value) in t.columns.enumerated() {
                let title = index == view.column ? "[" + value.label(l) + "]" : value.label(l)
                columns.append(Table.Column(title, width: .fixed(min(max(TextWidth.of(title), 5), 12)), alignment: .right))
            }
            let totalTitle = view.column == nil ? text("[Jumlah]", "[Total]") : text("Jumlah", "Total")
            columns.append(Table.Column(totalTitle, width: .fixed(max(TextWidth.of(totalTitle), 7)), alignment: .right))
            cells = { position in
                let r = rows[position]
                return [t.rows[r].label(l)] + t.counts[r].map { numbers.integer($0) } + [numbers.integer(t.rowTotals[r])]
            }
        } else {
            columns += [Table.Column(text("Banyaknya", "Count"), width: .fixed(9), alignment: .right),
                        Table.Column(text("Persen", "Share"), width: .fixed(7), alignment: .right),
                        Table.Column("", width: .flexible(2))]
            let largest = max(t.rowTotals.max() ?? 0, 1)
            let barWidth = max(Table(columns: columns, rows: []).columnWidths(for: body.width).last ?? 0, 0)
            cells = { position in
                let r = rows[position]
                let count = t.rowTotals[r]
                let share = t.total == 0 ? "–" : numbers.percent(Double(count) / Double(t.total), decimals: 1)
                return [t.rows[r].label(l), numbers.integer(count), share,
                        options.glyphs.bar(cells: Double(barWidth) * Double(count) / Double(largest))]
            }
        }
        var table = Table(columns: columns, rowCount: rows.count, selection: rows.isEmpty ? nil : view.selection, offset: view.offset,
                          isFocused: true, glyphs: options.glyphs, cells: cells)
        table.emptyMessage = text("Tidak ada data untuk dihitung.", "Nothing to count.")
        table.render(in: body, into: &grid)
        let hint = text("Enter: rincikan · F: pivot · E: ekspor · Esc: tutup", "Enter: drill down · F: pivot · E: export · Esc: close")
            + (t.isPivot ? text(" · ←/→: kolom", " · ←/→: column") : "")
            + (t.dimensions.contains(.channel) ? text(" · beberapa kanal dihitung di tiap kanal", " · several channels count under each") : "")
        grid.put(hint, x: area.x, y: area.bottom - 1, style: Style(.hint), maxWidth: area.width, ellipsis: options.glyphs.ellipsis)
    }
}
