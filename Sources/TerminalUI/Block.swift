/// A box border with an optional title in the top edge; content goes in `inner(_:)`.
public struct Block: Widget, Hashable, Sendable {
    public var title: String
    public var glyphs: Glyphs
    public var borderStyle: Style
    public var titleStyle: Style

    public init(title: String = "", glyphs: Glyphs = .unicode,
                borderStyle: Style = Style(.border), titleStyle: Style = Style(.title)) {
        self.title = title
        self.glyphs = glyphs
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let top = area.y, bottom = area.bottom - 1, left = area.x, right = area.right - 1
        if area.width >= 2 {
            let line = String(repeating: glyphs.horizontal, count: area.width - 2)
            grid.put(glyphs.topLeft + line + glyphs.topRight, x: left, y: top, style: borderStyle, maxWidth: area.width)
            if area.height >= 2 {
                grid.put(glyphs.bottomLeft + line + glyphs.bottomRight, x: left, y: bottom, style: borderStyle,
                         maxWidth: area.width)
            }
        } else {
            grid.put(glyphs.vertical, x: left, y: top, style: borderStyle, maxWidth: 1)
        }
        if area.height > 2 {
            for y in (top + 1)..<bottom {
                grid.put(glyphs.vertical, x: left, y: y, style: borderStyle, maxWidth: 1)
                if right > left { grid.put(glyphs.vertical, x: right, y: y, style: borderStyle, maxWidth: 1) }
            }
        }
        // The title sits between spaces after the corner and leaves at least one line before the
        // other corner, so the box still reads as closed.
        if !title.isEmpty, area.width >= 6 {
            grid.put(" " + DisplayText.truncated(title, toWidth: area.width - 5, ellipsis: glyphs.ellipsis) + " ",
                     x: left + 1, y: top, style: titleStyle, maxWidth: area.width - 3)
        }
    }
}
