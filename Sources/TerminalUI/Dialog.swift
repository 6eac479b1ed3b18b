/// A centred box with a title, wrapped message lines and a row of buttons. It shrinks and
/// clips to any area, down to nothing; the buttons keep their row before the message does.
public struct Dialog: Widget, Hashable, Sendable {
    public var title: String
    public var message: [String]
    public var buttons: [String]
    public var selectedButton: Int
    /// Border and title role: `.border` for questions, `.warning` or `.error` for bad news.
    public var role: StyleRole
    public var glyphs: Glyphs

    public init(title: String, message: [String], buttons: [String] = [], selectedButton: Int = 0,
                role: StyleRole = .border, glyphs: Glyphs = .unicode) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.role = role
        self.glyphs = glyphs
    }

    private func buttonLabel(_ index: Int) -> String {
        index == selectedButton ? "[" + buttons[index] + "]" : " " + buttons[index] + " "
    }

    private func buttonRowWidth(gap: Int = 2) -> Int {
        let labels = buttons.indices.map { DisplayText.width(buttonLabel($0)) }
        return labels.reduce(0, +) + gap * max(buttons.count - 1, 0)
    }

    /// The box the dialog occupies inside `area`.
    public func frame(in area: Rect) -> Rect {
        let natural = max(message.map { DisplayText.width($0) }.max() ?? 0, buttonRowWidth(),
                          DisplayText.width(title) + 2)
        let contentWidth = max(min(natural, area.width - 4), 0)
        let lines = message.flatMap { DisplayText.wrapped($0, toWidth: max(contentWidth, 1)) }
        let height = lines.count + (buttons.isEmpty ? 0 : 2) + 2
        return area.centered(width: contentWidth + 4, height: height)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        grid.fill(box)
        Block(title: title, glyphs: glyphs, borderStyle: Style(role), titleStyle: Style(role).bold())
            .render(in: box, into: &grid)
        let inner = box.inset(horizontal: 2, vertical: 1)
        guard !inner.isEmpty else { return }
        var messageRows = inner.height
        if !buttons.isEmpty {
            messageRows = max(inner.height - 2, 0)
            drawButtons(y: inner.bottom - 1, inner: inner, into: &grid)
        }
        let lines = message.flatMap { DisplayText.wrapped($0, toWidth: inner.width) }
        for (row, line) in lines.prefix(messageRows).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
    }

    private func drawButtons(y: Int, inner: Rect, into grid: inout Grid) {
        // Buttons move closer together before any label is cut.
        let gap = buttonRowWidth() <= inner.width ? 2 : 1
        var x = inner.x + max((inner.width - buttonRowWidth(gap: gap)) / 2, 0)
        for index in buttons.indices {
            if index > 0 { x += gap }
            guard x < inner.right else { return }
            let isSelected = index == selectedButton
            if isSelected { grid.cursor = Point(x: x, y: y) }
            x += grid.put(buttonLabel(index), x: x, y: y, style: Style(isSelected ? .selected : .normal),
                          maxWidth: inner.right - x, ellipsis: glyphs.ellipsis)
        }
    }
}
