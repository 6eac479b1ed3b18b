/// A scrolling list of one-line items with a marked selection, like a one-column `Table`
/// without a header.
public struct ListView: Widget, Hashable, Sendable {
    public var items: [String]
    public var selection: Int?
    /// First visible item as last stored; rendering adjusts it to keep the selection visible.
    public var offset: Int
    public var isFocused: Bool
    public var glyphs: Glyphs

    public init(items: [String], selection: Int? = nil, offset: Int = 0, isFocused: Bool = true,
                glyphs: Glyphs = .unicode) {
        self.items = items
        self.selection = selection
        self.offset = offset
        self.isFocused = isFocused
        self.glyphs = glyphs
    }

    /// The offset this list renders with in an area `height` rows tall.
    public func effectiveOffset(height: Int) -> Int {
        guard let selection else { return min(max(offset, 0), max(items.count - height, 0)) }
        return Table.scrollOffset(selection: selection, current: offset, visibleRows: height, rowCount: items.count)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let markerWidth = DisplayText.width(glyphs.selectionMarker) + 1
        let first = effectiveOffset(height: area.height)
        for (row, index) in (first..<min(first + area.height, items.count)).enumerated() {
            let y = area.y + row
            var style = Style.normal
            if index == selection {
                style = Style(isFocused ? .selected : .selectedInactive)
                grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
                grid.put(glyphs.selectionMarker, x: area.x, y: y, style: style, maxWidth: area.width)
                if isFocused { grid.cursor = Point(x: area.x, y: y) }
            }
            grid.put(items[index], x: area.x + markerWidth, y: y, style: style,
                     maxWidth: area.width - markerWidth, ellipsis: glyphs.ellipsis)
        }
    }
}
