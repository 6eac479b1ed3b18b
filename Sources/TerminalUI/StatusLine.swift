/// One line of status: text on the left (messages, errors), text on the right (position,
/// counts, `[modified]`). The right side wins space; the left is cut with an ellipsis.
public struct StatusLine: Widget, Hashable, Sendable {
    public var left: String
    public var right: String
    public var style: Style
    public var rightStyle: Style
    public var glyphs: Glyphs

    public init(left: String, right: String = "", style: Style = .normal, rightStyle: Style? = nil,
                glyphs: Glyphs = .unicode) {
        self.left = left
        self.right = right
        self.style = style
        self.rightStyle = rightStyle ?? style
        self.glyphs = glyphs
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        grid.fill(line, style: style)
        var rightWidth = DisplayText.width(right)
        if rightWidth > line.width { rightWidth = line.width }
        let leftRoom = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        if leftRoom > 0 {
            grid.put(left, x: line.x, y: line.y, style: style, maxWidth: leftRoom, ellipsis: glyphs.ellipsis)
        }
        if rightWidth > 0 {
            grid.put(right, x: line.right - rightWidth, y: line.y, style: rightStyle, maxWidth: rightWidth,
                     ellipsis: glyphs.ellipsis)
        }
    }
}
