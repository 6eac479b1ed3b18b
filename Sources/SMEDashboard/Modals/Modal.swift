import SMEModel
import TerminalUI

/// A window over the current screen. Esc closes it; its answer comes back as an `Action`.
public enum Modal: Hashable, Sendable {
    case help(scroll: Int)
    case commandMenu(CommandMenu)
    case picker(Picker)
    case confirm(Confirm)
    case prompt(Prompt)
    case message(title: Localized, lines: [Localized])
    /// A long text to read and scroll, such as a revision diff.
    case document(title: Localized, lines: [Localized], scroll: Int)
}

/// A list to choose from (a region, a wave, a sort column). A picker that allows several
/// (Kab. Bogor and Kota Bogor together) marks entries with Tab; Enter then answers the marked set.
public struct Picker: Hashable, Sendable {
    public var question: Question
    public var title: Localized
    public var options: PickerOptions
    public var selection: Int
    /// Typing narrows long lists (27 regions, a province's businesses).
    public var filter: TextField
    /// Marked option indices when several may be chosen; nil for a one-choice picker.
    public var marked: Set<Int>?

    public init(_ question: Question, title: Localized, options: [Localized], selection: Int = 0, marked: Set<Int>? = nil) {
        self.init(question, title: title, options: PickerOptions(options), selection: selection, marked: marked)
    }

    public init(_ question: Question, title: Localized, options: PickerOptions, selection: Int = 0, marked: Set<Int>? = nil) {
        self.question = question
        self.title = title
        self.options = options
        self.selection = max(0, min(selection, options.count - 1))
        self.filter = TextField()
        self.marked = marked
    }

    /// The answer Enter gives: the marked set when anything is marked, else the highlighted entry.
    func answer(highlighted: Int) -> DialogAnswer {
        if let marked, !marked.isEmpty { return .pickedMany(marked) }
        return .picked(highlighted)
    }

    /// Indices of options matching the typed filter, in the order shown (see `PickerOptions.matches`).
    public func visible(_ language: Language) -> PickerMatches {
        options.matches(filter.value)
    }
}

/// A question with buttons, such as "Save changes before quitting?". Each button carries its
/// meaning; Esc stands for the `cancel` choice.
public struct Confirm: Hashable, Sendable {
    public var question: Question
    public var title: Localized
    public var message: [Localized]
    public var buttons: [DialogButton]
    public var selection: Int
    public var cancel: DialogChoice

    /// `selected` is the button that starts highlighted (the first when nil); Esc answers
    /// `cancel` (the last button's choice when nil).
    public init(_ question: Question, title: Localized, message: [Localized], buttons: [DialogButton],
                selected: DialogChoice? = nil, cancel: DialogChoice? = nil) {
        self.question = question
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selection = selected.flatMap { choice in buttons.firstIndex { $0.choice == choice } } ?? 0
        self.cancel = cancel ?? buttons.last?.choice ?? .cancel
    }
}

/// A one-line text entry, such as an item's new wording.
public struct Prompt: Hashable, Sendable {
    public var question: Question
    public var title: Localized
    public var label: Localized
    public var field: TextField

    public init(_ question: Question, title: Localized, label: Localized, value: String = "") {
        self.question = question
        self.title = title
        self.label = label
        self.field = TextField(value: value)
    }
}

/// Every command by name in both languages, narrowed by typing.
public struct CommandMenu: Hashable, Sendable {
    public var filter: TextField
    public var selection: Int

    public init() {
        filter = TextField()
        selection = 0
    }

    /// Commands available on `screen` whose name or help matches the filter.
    public func commands(on screen: Screen, _ language: Language) -> [Command] {
        let available = Self.available(on: screen)
        let needle = filter.value.lowercased()
        guard !needle.isEmpty else { return available }
        return available.filter {
            $0.name.contains(needle) || $0.help.id.lowercased().contains(needle) || $0.help.en.lowercased().contains(needle)
        }
    }

    static func available(on screen: Screen) -> [Command] {
        var seen = Set<Command>()
        return KeyBinding.bindings(on: screen).compactMap(\.command).filter { seen.insert($0).inserted }
    }
}
