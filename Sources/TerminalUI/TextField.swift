/// A one-line text input. Editing functions are pure: each returns the edited field.
/// The cursor counts graphemes (what a user sees as one character); the view scrolls
/// sideways so the cursor stays visible.
public struct TextField: Widget, Hashable, Sendable {
    public private(set) var value: String
    /// Cursor position in graphemes, 0...value.count.
    public private(set) var cursor: Int
    /// First visible grapheme as last stored; rendering adjusts it to keep the cursor visible.
    public var scroll: Int
    public var placeholder: String
    public var isFocused: Bool
    /// Longest value in graphemes; nil for no limit.
    public var maxLength: Int?

    public init(value: String = "", placeholder: String = "", isFocused: Bool = true, maxLength: Int? = nil) {
        self.value = value
        self.cursor = value.count
        self.scroll = 0
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.maxLength = maxLength
    }

    // MARK: - Editing

    /// Inserts at the cursor; control characters and line breaks are ignored.
    public func inserting(_ text: String) -> TextField {
        var clean = String(text.filter { character in
            !character.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
        })
        if let maxLength { clean = String(clean.prefix(max(maxLength - value.count, 0))) }
        guard !clean.isEmpty else { return self }
        var copy = self
        let charactersAfter = value.count - cursor
        copy.value.insert(contentsOf: clean, at: value.index(value.startIndex, offsetBy: cursor))
        // Counting from the end keeps the cursor right when a combining mark merges into the
        // grapheme before it.
        copy.cursor = max(copy.value.count - charactersAfter, 0)
        return copy
    }

    public func deletingBackward() -> TextField {
        guard cursor > 0 else { return self }
        var copy = self
        copy.value.remove(at: value.index(value.startIndex, offsetBy: cursor - 1))
        copy.cursor -= 1
        return copy
    }

    public func deletingForward() -> TextField {
        guard cursor < value.count else { return self }
        var copy = self
        copy.value.remove(at: value.index(value.startIndex, offsetBy: cursor))
        return copy
    }

    /// Deletes from the start of the line to the cursor (Ctrl+U in shells).
    public func deletingToStart() -> TextField {
        var copy = self
        copy.value = String(value.dropFirst(cursor))
        copy.cursor = 0
        return copy
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl+W in shells).
    public func deletingWordBackward() -> TextField {
        let characters = Array(value)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        var copy = self
        copy.value = String(characters[..<start]) + String(characters[cursor...])
        copy.cursor = start
        return copy
    }

    public func movingLeft() -> TextField { moved(to: cursor - 1) }
    public func movingRight() -> TextField { moved(to: cursor + 1) }
    public func movingToStart() -> TextField { moved(to: 0) }
    public func movingToEnd() -> TextField { moved(to: value.count) }

    /// Replaces the whole value and puts the cursor at its end.
    public func replacing(with text: String) -> TextField {
        var copy = self
        copy.value = ""
        copy.cursor = 0
        copy.scroll = 0
        return copy.inserting(text)
    }

    private func moved(to position: Int) -> TextField {
        var copy = self
        copy.cursor = min(max(position, 0), value.count)
        return copy
    }

    /// The field after an editing key, or nil when the key is not for the field (Enter, Esc, arrows up/down).
    public func handling(_ key: Key) -> TextField? {
        switch key {
        case .char(let character): return inserting(String(character))
        case .left, .ctrl("b"): return movingLeft()
        case .right, .ctrl("f"): return movingRight()
        case .home, .ctrl("a"): return movingToStart()
        case .end, .ctrl("e"): return movingToEnd()
        case .backspace: return deletingBackward()
        case .delete, .ctrl("d"): return deletingForward()
        case .ctrl("u"): return deletingToStart()
        case .ctrl("w"), .alt(.backspace): return deletingWordBackward()
        default: return nil
        }
    }

    // MARK: - Render

    /// The first visible grapheme when drawn `width` columns wide: the stored scroll, moved as
    /// little as possible so the cursor (and a free cell after the text) is visible.
    public func visibleScroll(width: Int) -> Int {
        let widths = value.map { DisplayText.width(String($0)) }
        var start = min(max(scroll, 0), cursor)
        func span(_ from: Int, _ to: Int) -> Int { widths[from..<to].reduce(0, +) }
        while start < cursor, span(start, cursor) + 1 > width { start += 1 }
        while start > 0, span(start - 1, widths.count) + 1 <= width { start -= 1 }
        return start
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        grid.fill(line, style: Style(.input))
        let start = visibleScroll(width: line.width)
        if value.isEmpty, !placeholder.isEmpty {
            grid.put(placeholder, x: line.x, y: line.y, style: Style(.placeholder).underline(), maxWidth: line.width)
        } else {
            grid.put(String(value.dropFirst(start)), x: line.x, y: line.y, style: Style(.input), maxWidth: line.width)
        }
        if isFocused {
            let before = DisplayText.width(String(value.dropFirst(start).prefix(cursor - start)))
            grid.cursor = Point(x: min(line.x + before, line.right - 1), y: line.y)
            grid.isCursorVisible = true
        }
    }
}
