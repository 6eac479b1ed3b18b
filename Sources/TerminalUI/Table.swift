/// Rows of text under a header, with a selected row marked by a glyph (so it shows in plain
/// text) and by the selected style. Only visible rows are asked for, so rows can come lazily.
public struct Table: Widget {
    /// One column: its title, how wide it is, and which side its text hugs.
    public struct Column: Hashable, Sendable {
        public enum Alignment: Hashable, Sendable { case left, right }

        public var title: String
        public var width: Constraint
        public var alignment: Alignment

        public init(_ title: String, width: Constraint = .flexible(1), alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rowCount: Int
    /// Index of the selected row, nil when nothing is selected.
    public var selection: Int?
    /// First visible row as last stored by the screen; rendering adjusts it to keep the selection visible.
    public var offset: Int
    /// An unfocused table shows its selection with the inactive style and leaves the cursor alone.
    public var isFocused: Bool
    public var showsHeader: Bool
    /// Shown (dimmed) under the header when there are no rows.
    public var emptyMessage: String
    public var columnSpacing: Int
    public var glyphs: Glyphs
    private let cells: (Int) -> [String]

    /// A table over rows held in memory.
    public init(columns: [Column], rows: [[String]], selection: Int? = nil, offset: Int = 0,
                isFocused: Bool = true, glyphs: Glyphs = .unicode) {
        self.init(columns: columns, rowCount: rows.count, selection: selection, offset: offset,
                  isFocused: isFocused, glyphs: glyphs) { rows[$0] }
    }

    /// A table whose rows are produced on demand (a page cache, a database cursor).
    public init(columns: [Column], rowCount: Int, selection: Int? = nil, offset: Int = 0,
                isFocused: Bool = true, glyphs: Glyphs = .unicode, cells: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = max(rowCount, 0)
        self.selection = selection
        self.offset = offset
        self.isFocused = isFocused
        self.showsHeader = true
        self.emptyMessage = ""
        self.columnSpacing = 1
        self.glyphs = glyphs
        self.cells = cells
    }

    /// The first visible row that keeps `selection` on screen, moving as little as possible
    /// from `current`; with `rowCount` it also avoids blank rows after the last one.
    public static func scrollOffset(selection: Int, current: Int, visibleRows: Int, rowCount: Int? = nil) -> Int {
        guard visibleRows > 0 else { return max(selection, 0) }
        var offset = max(current, 0)
        if selection < offset {
            offset = selection
        } else if selection >= offset + visibleRows {
            offset = selection - visibleRows + 1
        }
        if let rowCount { offset = min(offset, max(rowCount - visibleRows, 0)) }
        return max(offset, 0)
    }

    /// Rows that fit below the header: the page size for PgUp/PgDn.
    public func visibleRowCount(in area: Rect) -> Int {
        max(area.height - (showsHeader ? 1 : 0), 0)
    }

    /// The offset this table will render with in `area`; screens store it back into their state.
    public func effectiveOffset(in area: Rect) -> Int {
        let visible = visibleRowCount(in: area)
        guard let selection else { return min(max(offset, 0), max(rowCount - visible, 0)) }
        return Table.scrollOffset(selection: selection, current: offset, visibleRows: visible, rowCount: rowCount)
    }

    /// Width of each column in an area `width` columns wide (after the marker column).
    public func columnWidths(for width: Int) -> [Int] {
        Constraint.split(width - markerWidth, into: columns.map(\.width), spacing: columnSpacing)
    }

    private var markerWidth: Int { DisplayText.width(glyphs.selectionMarker) + 1 }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let widths = columnWidths(for: area.width)
        var y = area.y
        if showsHeader {
            grid.fill(area.row(0), style: Style(.header))
            drawRow(columns.map(\.title), widths: widths, area: area, y: y, style: Style(.header), marker: "",
                    into: &grid)
            y += 1
        }
        let visible = visibleRowCount(in: area)
        guard rowCount > 0 else {
            if visible > 0, !emptyMessage.isEmpty {
                grid.put(emptyMessage, x: area.x + markerWidth, y: y, style: Style(.dim),
                         maxWidth: area.width - markerWidth, ellipsis: glyphs.ellipsis)
            }
            return
        }
        let first = effectiveOffset(in: area)
        for index in first..<min(first + visible, rowCount) {
            let isSelected = index == selection
            let style = isSelected ? Style(isFocused ? .selected : .selectedInactive) : Style.normal
            if isSelected {
                grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
                if isFocused { grid.cursor = Point(x: area.x, y: y) }
            }
            drawRow(cells(index), widths: widths, area: area, y: y, style: style,
                    marker: isSelected ? glyphs.selectionMarker : "", into: &grid)
            y += 1
        }
    }

    private func drawRow(_ texts: [String], widths: [Int], area: Rect, y: Int, style: Style, marker: String,
                         into grid: inout Grid) {
        if !marker.isEmpty { grid.put(marker, x: area.x, y: y, style: style, maxWidth: markerWidth) }
        var x = area.x + markerWidth
        for (index, column) in columns.enumerated() {
            let width = widths[index]
            if width > 0, index < texts.count {
                let text = DisplayText.truncated(texts[index], toWidth: width, ellipsis: glyphs.ellipsis)
                let gap = column.alignment == .right ? width - DisplayText.width(text) : 0
                grid.put(text, x: x + gap, y: y, style: style, maxWidth: min(width, area.right - x - gap))
            }
            x += width + columnSpacing
        }
    }
}

extension Table {
    /// The column under screen column `x` when the table is drawn in `area` (a header click).
    public func column(atX x: Int, in area: Rect) -> Int? {
        var left = area.x + markerWidth
        for (index, width) in columnWidths(for: area.width).enumerated() {
            if x >= left, x < left + width { return index }
            left += width + columnSpacing
        }
        return nil
    }
}
