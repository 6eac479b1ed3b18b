/// A row of tab titles; the selected one is bracketed (visible in plain text) and highlighted.
public struct Tabs: Widget, Hashable, Sendable {
    public var titles: [String]
    public var selection: Int
    public var glyphs: Glyphs

    public init(titles: [String], selection: Int = 0, glyphs: Glyphs = .unicode) {
        self.titles = titles
        self.selection = selection
        self.glyphs = glyphs
    }

    /// The width the tabs take with every title written out.
    public var naturalWidth: Int {
        titles.indices.reduce(0) { $0 + DisplayText.width(label($1)) } + 3 * max(titles.count - 1, 0)
    }

    private func label(_ index: Int) -> String {
        index == selection ? "[" + titles[index] + "]" : " " + titles[index] + " "
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let widths = titles.indices.map { DisplayText.width(label($0)) }
        let separator = " " + glyphs.vertical + " "
        // Drop tabs from the left until the selected one fits, so it is never scrolled away.
        var first = 0
        let selected = min(max(selection, 0), titles.count - 1)
        while first < selected,
              widths[first...selected].reduce(0, +) + 3 * (selected - first) > area.width {
            first += 1
        }
        var x = area.x
        for index in first..<titles.count {
            if index > first {
                x += grid.put(separator, x: x, y: area.y, style: Style(.border), maxWidth: area.right - x)
            }
            guard x < area.right else { break }
            let style = index == selected ? Style(.selected) : Style(.normal)
            x += grid.put(label(index), x: x, y: area.y, style: style, maxWidth: area.right - x,
                          ellipsis: glyphs.ellipsis)
        }
    }
}
