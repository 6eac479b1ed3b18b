import SMEModel
import TerminalUI

/// Where a binding applies.
public enum BindingScope: Hashable, Sendable {
    case global
    case screen(Screen)
    case dialog(DialogKind)
}

/// What a binding runs: a command on a screen, or a key's meaning inside a dialog.
public enum BoundAction: Hashable, Sendable {
    case command(Command)
    case dialog(DialogCommand)

    public var name: String {
        switch self {
        case .command(let command): command.name
        case .dialog(let command): command.rawValue
        }
    }

    public var help: Localized {
        switch self {
        case .command(let command): command.help
        case .dialog(let command): command.help
        }
    }
}

/// One row of the binding table: keys, the command they run, where, and whether the hint bar
/// shows it. Help, hints, the command menu and `docs/keybindings.md` all come from this table.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: BoundAction
    public var scope: BindingScope
    public var isHinted: Bool
    /// The short label of the hint bar.
    public var hint: Localized?

    public init(_ keys: [Key], _ command: Command, _ scope: BindingScope, hint: Localized? = nil) {
        self.init(keys, .command(command), scope, hint: hint)
    }

    public init(_ keys: [Key], _ action: BoundAction, _ scope: BindingScope, hint: Localized? = nil) {
        self.keys = keys
        self.action = action
        self.scope = scope
        self.hint = hint
        self.isHinted = hint != nil
    }

    /// The screen command, for bindings of screens.
    public var command: Command? {
        if case .command(let command) = action { return command }
        return nil
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

    /// What `key` does in a dialog of `kind`; nil for keys that are typed (text, filters).
    public static func dialogCommand(for key: Key, in kind: DialogKind) -> DialogCommand? {
        guard let binding = table.first(where: { $0.scope == .dialog(kind) && $0.keys.contains(key) }),
              case .dialog(let command) = binding.action else { return nil }
        return command
    }

    /// Bindings that apply on `screen`, screen's own first.
    public static func bindings(on screen: Screen) -> [KeyBinding] {
        table.filter { $0.scope == .screen(screen) } + table.filter { $0.scope == .global }
    }

    /// The first key of a command on a screen, for hints and the command menu.
    public static func keys(for command: Command, on screen: Screen) -> [Key] {
        bindings(on: screen).first { $0.action == .command(command) }?.keys ?? []
    }
}
