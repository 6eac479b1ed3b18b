/// The always-visible bottom line of key hints (`q Quit  ? Help`). Items that do not fit are
/// left out whole, never cut in half; an ellipsis says that more exist.
public struct KeyHintBar: Widget, Hashable, Sendable {
    /// One hint: the key as shown (`Enter`, `F1`, `q`) and what it does.
    public struct Item: Hashable, Sendable {
        public var key: String
        public var label: String

        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    public var items: [Item]
    public var glyphs: Glyphs

    public init(items: [Item], glyphs: Glyphs = .unicode) {
        self.items = items
        self.glyphs = glyphs
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        grid.fill(line, style: Style(.hint))
        var x = line.x
        let ellipsisWidth = DisplayText.width(glyphs.ellipsis)
        let widths = items.map { DisplayText.width($0.key) + 1 + DisplayText.width($0.label) }
        let fitsAll = widths.reduce(0, +) + 2 * max(items.count - 1, 0) <= line.width
        for (index, item) in items.enumerated() {
            let gap = index == 0 ? 0 : 2
            let width = widths[index]
            // When something will be left out, keep room for the ellipsis that says so.
            let room = line.right - x - gap - (fitsAll ? 0 : ellipsisWidth + 1)
            guard width <= room else {
                let mark = index == 0 ? 0 : 1
                if x + mark + ellipsisWidth <= line.right {
                    grid.put(glyphs.ellipsis, x: x + mark, y: line.y, style: Style(.hint))
                }
                return
            }
            x += gap
            x += grid.put(item.key, x: x, y: line.y, style: Style(.hintKey))
            x += 1
            x += grid.put(item.label, x: x, y: line.y, style: Style(.hint))
        }
    }
}
