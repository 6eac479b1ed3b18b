/// The always-visible bottom line of key hints (`q Quit  ? Help`). Items that do not fit are
/// left out whole, never cut in half; an ellipsis says that more exist. `pinned` items (help,
/// the menu, quit) come last and are always shown: on a narrow terminal the screen's own hints
/// give way to them.
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
    public var pinned: [Item]
    public var glyphs: Glyphs

    public init(items: [Item], pinned: [Item] = [], glyphs: Glyphs = .unicode) {
        self.items = items
        self.pinned = pinned
        self.glyphs = glyphs
    }

    private static func width(_ item: Item) -> Int { DisplayText.width(item.key) + 1 + DisplayText.width(item.label) }

    private static func width(_ items: [Item]) -> Int {
        items.reduce(0) { $0 + width($1) } + 2 * max(items.count - 1, 0)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        grid.fill(line, style: Style(.hint))
        let pinnedWidth = Self.width(pinned)
        guard !pinned.isEmpty, pinnedWidth <= line.width else {
            draw(items + pinned, in: line, into: &grid)
            return
        }
        // The screen's hints that fit before the pinned ones, then an ellipsis when some did not.
        let all = items + pinned
        if Self.width(all) <= line.width {
            draw(all, in: line, into: &grid)
            return
        }
        let ellipsisWidth = DisplayText.width(glyphs.ellipsis)
        var kept: [Item] = []
        for item in items where Self.width(kept + [item]) + 2 + ellipsisWidth + 2 + pinnedWidth <= line.width { kept.append(item) }
        var x = line.x
        if !kept.isEmpty {
            draw(kept, in: line, into: &grid)
            x += Self.width(kept) + 2
        }
        x += grid.put(glyphs.ellipsis, x: x, y: line.y, style: Style(.hint)) + 2
        draw(pinned, in: Rect(x: x, y: line.y, width: max(line.right - x, 0), height: 1), into: &grid)
    }

    private func draw(_ items: [Item], in line: Rect, into grid: inout Grid) {
        var x = line.x
        let ellipsisWidth = DisplayText.width(glyphs.ellipsis)
        let widths = items.map(Self.width)
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
