import SMEModel
import TerminalUI

extension AppState {
    /// Keys while a dialog is open: it gets every key. What a key does comes from the binding
    /// table's dialog rows; other keys are typed into the prompt or the list's filter.
    mutating func handleModalKey(_ key: Key) -> [Effect] {
        guard let top = modals.popLast() else { return [] }
        switch top {
        case .help(let scroll):
            let page = max(1, size.height - 6)
            switch KeyBinding.dialogCommand(for: key, in: .reading) {
            case .cancel?, .accept?: return []
            case .down?: modals.append(.help(scroll: scroll + 1))
            case .up?: modals.append(.help(scroll: max(0, scroll - 1)))
            case .pageDown?: modals.append(.help(scroll: scroll + page))
            case .pageUp?: modals.append(.help(scroll: max(0, scroll - page)))
            case .top?: modals.append(.help(scroll: 0))
            default: modals.append(top)
            }
            return []
        case .document(let title, let lines, let scroll):
            let page = max(1, size.height - 6)
            let last = max(lines.count - 1, 0)
            switch KeyBinding.dialogCommand(for: key, in: .reading) {
            case .cancel?, .accept?: return []
            case .down?: modals.append(.document(title: title, lines: lines, scroll: min(scroll + 1, last)))
            case .up?: modals.append(.document(title: title, lines: lines, scroll: max(0, scroll - 1)))
            case .pageDown?: modals.append(.document(title: title, lines: lines, scroll: min(scroll + page, last)))
            case .pageUp?: modals.append(.document(title: title, lines: lines, scroll: max(0, scroll - page)))
            case .top?: modals.append(.document(title: title, lines: lines, scroll: 0))
            default: modals.append(top)
            }
            return []
        case .message:
            switch KeyBinding.dialogCommand(for: key, in: .reading) {
            // A message is read and dismissed: every key that closes or pages closes it.
            case .cancel?, .accept?, .pageDown?: return []
            default: modals.append(top); return []
            }
        case .confirm(var confirm):
            switch KeyBinding.dialogCommand(for: key, in: .question) {
            case .previousButton?: confirm.selection = max(0, confirm.selection - 1)
            case .nextButton?: confirm.selection = min(confirm.buttons.count - 1, confirm.selection + 1)
            case .accept?:
                let choice = confirm.buttons.indices.contains(confirm.selection) ? confirm.buttons[confirm.selection].choice : confirm.cancel
                return update(.answered(confirm.question, .chose(choice)))
            case .cancel?, .no?: return update(.answered(confirm.question, .chose(confirm.cancel)))
            case .yes?:
                // Only a plain yes/no question has one affirmative answer; with several, y means nothing.
                let affirmative = confirm.buttons.filter { $0.choice != confirm.cancel }
                if affirmative.count == 1 { return update(.answered(confirm.question, .chose(affirmative[0].choice))) }
            default: break
            }
            modals.append(.confirm(confirm))
            return []
        case .prompt(var prompt):
            switch KeyBinding.dialogCommand(for: key, in: .text) {
            case .accept?: return update(.answered(prompt.question, .typed(prompt.field.value)))
            case .cancel?: return []
            default:
                if let field = prompt.field.handling(key) { prompt.field = field }
            }
            modals.append(.prompt(prompt))
            return []
        case .picker(var picker):
            let visible = picker.visible(language)
            let position = visible.firstIndex(of: picker.selection) ?? 0
            switch KeyBinding.dialogCommand(for: key, in: .list) {
            case .cancel?: return []
            case .accept?:
                if visible.isEmpty, picker.marked?.isEmpty ?? true { modals.append(.picker(picker)); return [] }
                return update(.answered(picker.question, picker.answer(highlighted: visible.isEmpty ? picker.selection : visible[min(position, visible.count - 1)])))
            case .toggleMark?:
                if picker.marked != nil, !visible.isEmpty {
                    let index = visible[min(position, visible.count - 1)]
                    if picker.marked!.remove(index) == nil { picker.marked!.insert(index) }
                    // Marking moves on, so a run of entries is marked with Tab Tab Tab.
                    if position + 1 < visible.count { picker.selection = visible[position + 1] }
                }
            case .up?: if position > 0 { picker.selection = visible[position - 1] }
            case .down?: if position + 1 < visible.count { picker.selection = visible[position + 1] }
            case .pageUp?: if !visible.isEmpty { picker.selection = visible[max(0, position - 10)] }
            case .pageDown?: if !visible.isEmpty { picker.selection = visible[min(visible.count - 1, position + 10)] }
            case .top?: if let first = visible.first { picker.selection = first }
            case .bottom?: if let last = visible.last { picker.selection = last }
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
            switch KeyBinding.dialogCommand(for: key, in: .list) {
            case .cancel?: return []
            case .accept?:
                guard commands.indices.contains(menu.selection) else { modals.append(.commandMenu(menu)); return [] }
                return run(commands[menu.selection])
            case .up?: menu.selection = max(0, menu.selection - 1)
            case .down?: menu.selection = min(max(commands.count - 1, 0), menu.selection + 1)
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
}
