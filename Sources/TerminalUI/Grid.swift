/// A frame of cells that widgets render into; backends draw it, tests read it as text.
public struct Grid: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]
    /// Where the hardware cursor should rest (the focused row or field), for screen readers.
    public var cursor: Point?
    /// Whether the hardware cursor should be visible (a text field is being edited).
    public var isCursorVisible: Bool = false

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Resets every cell to a blank normal space and forgets the cursor.
    public mutating func clear() {
        cells = Array(repeating: .blank, count: width * height)
        cursor = nil
        isCursorVisible = false
    }

    /// Fills the part of `area` inside the grid with one character (a space by default; a wide
    /// character, which cannot tile single cells, becomes a space).
    public mutating func fill(_ area: Rect, style: Style = .normal, with character: Character = " ") {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        var glyph = DisplayText.clusters(String(character)).first ?? DisplayText.Cluster(text: " ", width: 1)
        if glyph.width > 1 { glyph = DisplayText.Cluster(text: " ", width: 1) }
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right {
                place(Cell(glyph.text, style: style, width: 1), x: x, y: y)
            }
        }
    }

    /// Changes the style of the cells in `area`, keeping their text.
    public mutating func restyle(_ area: Rect, style: Style) {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right {
                cells[y * width + x].style = style
            }
        }
    }

    /// Writes text from (x, y) rightwards and returns the columns advanced. Text stops at
    /// `maxWidth` columns and at the grid's right edge; when it is cut and `ellipsis` is given,
    /// the ellipsis ends the visible part. A wide character that would straddle the limit is left out.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal,
                             maxWidth: Int = .max, ellipsis: String? = nil) -> Int {
        guard y >= 0, y < height, x < width, maxWidth > 0 else { return 0 }
        var column = x
        let limit = x + min(maxWidth, width - x)
        var clusters = DisplayText.clusters(text)
        let total = clusters.reduce(0) { $0 + $1.width }
        if let ellipsis, total > limit - x {
            clusters = DisplayText.clusters(DisplayText.truncated(text, toWidth: limit - x, ellipsis: ellipsis))
        }
        for cluster in clusters {
            if column + cluster.width > limit { break }
            if column >= 0 {
                place(Cell(cluster.text, style: style, width: cluster.width), x: column, y: y)
                if cluster.width == 2 { place(.continuation(style), x: column + 1, y: y) }
            } else if column + cluster.width > 0 {
                // A wide character half off the left edge: show a blank for its visible half.
                place(Cell(" ", style: style), x: 0, y: y)
            }
            column += cluster.width
        }
        return column - x
    }

    /// Stores a cell and repairs wide characters it cuts in half.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, x > 0, cells[index - 1].width == 2 {
            // Overwriting the right half of a wide character: its left half becomes a space.
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < width, cells[index + 1].isContinuation {
            // Overwriting the left half: the orphaned right half becomes a space.
            cells[index + 1] = Cell(" ", style: old.style)
        }
        cells[index] = cell
    }

    /// Plain text of each row; continuation cells add nothing, so wide characters read naturally.
    public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            if trimmingTrailingSpaces {
                while line.last == " " { line.removeLast() }
            }
            return line
        }
    }

    /// All rows joined with newlines, trailing spaces trimmed: handy in test failure messages.
    public var text: String { lines().joined(separator: "\n") }
}
