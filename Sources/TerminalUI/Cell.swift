/// One terminal column: a lead scalar and any width-0 scalars that join it, as ncurses places them.
/// A wide character occupies its own cell plus a continuation cell to its right.
public struct Cell: Hashable, Sendable {
    /// The scalars drawn in this column; empty for the right half of a wide character.
    public var text: String
    public var style: Style
    /// Display width: 1, 2 for a wide lead, 0 for a continuation cell.
    public var width: Int

    public init(_ text: String = " ", style: Style = .normal, width: Int = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }

    static func continuation(_ style: Style) -> Cell { Cell("", style: style, width: 0) }
}
