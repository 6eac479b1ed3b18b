import SMEModel
import TerminalUI

/// Where a binding applies.
public enum BindingScope: Hashable, Sendable {
    case global
    case screen(Screen)
}

/// One row of the binding table: keys, the command they run, where, and whether the hint bar
/// shows it. Help, hints, the command menu and `docs/keybindings.md` all come from this table.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var scope: BindingScope
    public var isHinted: Bool
    /// The short label of the hint bar.
    public var hint: Localized?

    public init(_ keys: [Key], _ command: Command, _ scope: BindingScope, hint: Localized? = nil) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.hint = hint
        self.isHinted = hint != nil
    }

    /// Keys as users read them: "j, ↓".
    public var keyNames: String { keys.map(\.displayName).joined(separator: ", ") }
}

extension KeyBinding {
    /// The binding for `key` on `screen`: a screen's own binding wins over a global one.
    public static func command(for key: Key, on screen: Screen) -> Command? {
        if let own = table.first(where: { $0.scope == .screen(screen) && $0.keys.contains(key) }) { return own.command }
        return table.first { $0.scope == .global && $0.keys.contains(key) }?.command
    }

    /// Bindings that apply on `screen`, screen's own first.
    public static func bindings(on screen: Screen) -> [KeyBinding] {
        table.filter { $0.scope == .screen(screen) } + table.filter { $0.scope == .global }
    }

    /// The first key of a command on a screen, for hints and the command menu.
    public static func keys(for command: Command, on screen: Screen) -> [Key] {
        bindings(on: screen).first { $0.command == command }?.keys ?? []
    }
}
