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

    /// Where each shown tab is drawn in `area`: tabs are dropped from the left until the selected
    /// one fits, so it is never scrolled away.
    private func spans(in area: Rect) -> [(index: Int, x: Int, width: Int)] {
        guard !area.isEmpty, !titles.isEmpty else { return [] }
        let widths = titles.indices.map { DisplayText.width(label($0)) }
        var first = 0
        let selected = min(max(selection, 0), titles.count - 1)
        while first < selected,
              widths[first...selected].reduce(0, +) + 3 * (selected - first) > area.width {
            first += 1
        }
        var spans: [(index: Int, x: Int, width: Int)] = []
        var x = area.x
        for index in first..<titles.count {
            if index > first { x += 3 }
            guard x < area.right else { break }
            spans.append((index, x, min(widths[index], area.right - x)))
            x += widths[index]
        }
        return spans
    }

    /// The tab under screen column `x` (a mouse click on the tab line).
    public func tab(atX x: Int, in area: Rect) -> Int? {
        spans(in: area).first { x >= $0.x && x < $0.x + $0.width }?.index
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let selected = min(max(selection, 0), titles.count - 1)
        for (position, span) in spans(in: area).enumerated() {
            if position > 0 {
                grid.put(" " + glyphs.vertical + " ", x: span.x - 3, y: area.y, style: Style(.border), maxWidth: area.right - span.x + 3)
            }
            let style = span.index == selected ? Style(.selected) : Style(.normal)
            grid.put(label(span.index), x: span.x, y: area.y, style: style, maxWidth: area.right - span.x,
                     ellipsis: glyphs.ellipsis)
        }
    }
}
