/// Word-wrapped text, scrolled by whole lines (help pages, details, long messages).
public struct Paragraph: Widget, Hashable, Sendable {
    public var text: String
    public var style: Style
    /// Wrapped lines skipped at the top.
    public var scroll: Int

    public init(_ text: String, style: Style = .normal, scroll: Int = 0) {
        self.text = text
        self.style = style
        self.scroll = scroll
    }

    /// How many lines the text takes at this width (to limit scrolling).
    public func lineCount(width: Int) -> Int {
        DisplayText.wrapped(text, toWidth: width).count
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let lines = DisplayText.wrapped(text, toWidth: area.width).dropFirst(max(scroll, 0)).prefix(area.height)
        for (row, line) in lines.enumerated() {
            grid.put(line, x: area.x, y: area.y + row, style: style, maxWidth: area.width)
        }
    }
}
