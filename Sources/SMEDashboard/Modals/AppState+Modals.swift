import SMEModel
import TerminalUI

extension AppState {
    /// Keys while a modal is open: it gets every key; Esc closes it.
    mutating func handleModalKey(_ key: Key) -> [Effect] {
        guard let top = modals.popLast() else { return [] }
        switch top {
        case .help(let scroll):
            switch key {
            case .escape, .char("q"), .char("?"), .function(1), .enter: return []
            case .down, .char("j"): modals.append(.help(scroll: scroll + 1))
            case .up, .char("k"): modals.append(.help(scroll: max(0, scroll - 1)))
            case .pageDown, .char(" "): modals.append(.help(scroll: scroll + max(1, size.height - 6)))
            case .pageUp: modals.append(.help(scroll: max(0, scroll - max(1, size.height - 6))))
            case .home: modals.append(.help(scroll: 0))
            default: modals.append(top)
            }
            return []
        case .message:
            switch key {
            case .escape, .enter, .char(" "), .char("q"): return []
            default: modals.append(top); return []
            }
        case .confirm(var confirm):
            switch key {
            case .left, .backTab, .char("h"): confirm.selection = max(0, confirm.selection - 1)
            case .right, .tab, .char("l"): confirm.selection = min(confirm.buttons.count - 1, confirm.selection + 1)
            case .enter, .char(" "): return update(.confirmed(confirm.tag, choice: confirm.selection))
            case .escape: return update(.confirmed(confirm.tag, choice: confirm.cancelChoice))
            default: break
            }
            modals.append(.confirm(confirm))
            return []
        case .prompt(var prompt):
            switch key {
            case .enter: return update(.prompted(prompt.tag, text: prompt.field.value))
            case .escape: return []
            default:
                if let field = prompt.field.handling(key) { prompt.field = field }
            }
            modals.append(.prompt(prompt))
            return []
        case .picker(var picker):
            let visible = picker.visible(language)
            let position = visible.firstIndex(of: picker.selection) ?? 0
            switch key {
            case .escape: return []
            case .enter:
                guard !visible.isEmpty else { modals.append(.picker(picker)); return [] }
                return update(.picked(picker.tag, index: visible[min(position, visible.count - 1)]))
            case .up: if position > 0 { picker.selection = visible[position - 1] }
            case .down: if position + 1 < visible.count { picker.selection = visible[position + 1] }
            case .pageUp: if !visible.isEmpty { picker.selection = visible[max(0, position - 10)] }
            case .pageDown: if !visible.isEmpty { picker.selection = visible[min(visible.count - 1, position + 10)] }
            case .home: if let first = visible.first { picker.selection = first }
            case .end: if let last = visible.last { picker.selection = last }
            default:
                if let field = picker.filter.handling(key) {
                    picker.filter = field
                    let narrowed = picker.visible(language)
                    if !narrowed.contains(picker.selection), let first = narrowed.first { picker.selection = first }
                }
            }
            modals.append(.picker(picker))
            return []
        case .commandMenu(var menu):
            let commands = menu.commands(on: screen, language)
            switch key {
            case .escape: return []
            case .enter:
                guard commands.indices.contains(menu.selection) else { modals.append(.commandMenu(menu)); return [] }
                return run(commands[menu.selection])
            case .up: menu.selection = max(0, menu.selection - 1)
            case .down: menu.selection = min(max(commands.count - 1, 0), menu.selection + 1)
            default:
                if let field = menu.filter.handling(key) {
                    menu.filter = field
                    menu.selection = 0
                }
            }
            modals.append(.commandMenu(menu))
            return []
        }
    }

    /// Opens a picker over the current screen.
    mutating func pick(_ tag: ModalTag, title: Localized, options: [Localized], selection: Int = 0) {
        modals.append(.picker(Picker(tag: tag, title: title, options: options, selection: selection)))
    }

    /// Opens a one-line text prompt.
    mutating func prompt(_ tag: ModalTag, title: Localized, label: Localized, value: String = "") {
        modals.append(.prompt(Prompt(tag: tag, title: title, label: label, value: value)))
    }

    /// Opens a question with buttons; the answer comes back as `.confirmed(tag, choice:)`.
    mutating func confirm(_ tag: ModalTag, title: Localized, message: [Localized], buttons: [Localized], cancelChoice: Int? = nil) {
        modals.append(.confirm(Confirm(tag: tag, title: title, message: message, buttons: buttons, cancelChoice: cancelChoice)))
    }

    /// Shows an error or notice that stays until dismissed.
    mutating func showMessage(_ title: Localized, _ lines: [Localized]) {
        modals.append(.message(title: title, lines: lines))
    }
}
