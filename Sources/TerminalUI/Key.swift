/// A decoded key press (or a terminal event that arrives through the key stream).
public indirect enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    /// Ctrl plus a lowercase letter or one of `@ [ \ ] ^ _` and space.
    case ctrl(Character)
    case alt(Key)
    /// The terminal changed size; ask the backend for the new size.
    case resize
    case mouse(MouseEvent)
    /// A code the decoder does not know, kept for logs.
    case unknown(Int)

    /// A short label for hint bars and help (same in Indonesian and English, as on keycaps).
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift+Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(" "): return "Ctrl+Space"
        case .ctrl(let c): return "Ctrl+\(String(c).uppercased())"
        case .alt(let key): return "Alt+\(key.displayName)"
        case .resize: return "Resize"
        case .mouse: return "Mouse"
        case .unknown(let code): return "Key(\(code))"
        }
    }

    /// The same key spelt with ASCII only, for terminals without arrow glyphs.
    public var asciiName: String {
        switch self {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .alt(let key): return "Alt+\(key.asciiName)"
        default: return displayName
        }
    }
}
