/// A mouse event in screen coordinates.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press(button: Int)
        case release(button: Int)
        case click(button: Int)
        case doubleClick(button: Int)
        case scrollUp
        case scrollDown
    }

    public var kind: Kind
    public var position: Point

    public init(_ kind: Kind, at position: Point) {
        self.kind = kind
        self.position = position
    }
}

extension MouseEvent {
    /// The left button went down or clicked: with no click delay, curses reports presses.
    public var isPrimaryClick: Bool {
        switch kind {
        case .press(let button), .click(let button): button == 1
        default: false
        }
    }
}
