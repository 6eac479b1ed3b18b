import SMEModel
import TerminalUI

/// What a screen sees of the dashboard while it handles an action or draws itself, and the few
/// shared things it may change: the status line, the dialogs it opens, and which screen shows.
/// A screen cannot reach another screen's state; what it needs from one comes in here.
public struct ScreenContext: Sendable {
    public let data: DashboardData
    public let language: Language
    public let options: DashboardOptions
    public let size: Size
    /// The business selected on the Businesses screen (the Assess screen starts from it).
    public let chosenBusiness: Int?
    public var status: StatusMessage?
    public var modals: [Modal]
    /// Set by a screen that must come forward, such as the one whose save failed.
    public var showScreen: Screen?

    /// The area between the tab line and the status and hint lines.
    public var bodyArea: Rect {
        Rect(x: 0, y: 1, width: max(size.width, 0), height: max(size.height - 3, 0))
    }
}

/// A screen's state together with the context, while one action is applied or the screen is
/// drawn. Each screen's update and render code are extensions of `ScreenScope<ThatScreen>`, so
/// they call each other freely, and touch only their own state and the context.
struct ScreenScope<State> {
    var state: State
    var context: ScreenContext

    var data: DashboardData { context.data }
    var language: Language { context.language }
    var options: DashboardOptions { context.options }
    var bodyArea: Rect { context.bodyArea }
    var numbers: NumberStyle { NumberStyle(context.language) }

    var status: StatusMessage? {
        get { context.status }
        set { context.status = newValue }
    }

    /// "[diubah]" / "[modified]", after the title of a document with unsaved edits.
    var modifiedMark: String { text("[diubah]", "[modified]") }

    /// Shorthand for a string in the current language.
    func text(_ id: String, _ en: String) -> String { language == .id ? id : en }

    /// A path as users know it: from the data folder's own name on (`data/sop/food.json`).
    func displayPath(_ path: String) -> String { context.data.displayPath(path) }

    /// Opens a picker over the screen; the answer comes back as `.answered(question, .picked(_))`.
    /// With `marked` (possibly empty) several entries may be marked with Tab: `.pickedMany(_)`.
    mutating func pick(_ question: some ScreenQuestion, title: Localized, options: [Localized], selection: Int = 0,
                       marked: Set<Int>? = nil) {
        pick(question, title: title, options: PickerOptions(options), selection: selection, marked: marked)
    }

    mutating func pick(_ question: some ScreenQuestion, title: Localized, options: PickerOptions, selection: Int = 0,
                       marked: Set<Int>? = nil) {
        context.modals.append(.picker(Picker(question.question, title: title, options: options, selection: selection, marked: marked)))
    }

    /// Opens a one-line text prompt; the answer comes back as `.typed(_)`.
    mutating func prompt(_ question: some ScreenQuestion, title: Localized, label: Localized, value: String = "") {
        context.modals.append(.prompt(Prompt(question.question, title: title, label: label, value: value)))
    }

    /// Opens a question with buttons; the answer comes back as `.chose(_)`.
    mutating func confirm(_ question: some ScreenQuestion, title: Localized, message: [Localized], buttons: [DialogButton],
                          selected: DialogChoice? = nil, cancel: DialogChoice? = nil) {
        context.modals.append(.confirm(Confirm(question.question, title: title, message: message, buttons: buttons,
                                               selected: selected, cancel: cancel)))
    }

    /// Shows an error or notice that stays until dismissed.
    mutating func showMessage(_ title: Localized, _ lines: [Localized]) {
        context.modals.append(.message(title: title, lines: lines))
    }
}

/// A screen of the dashboard: its state is the conforming value; `Action` is everything that can
/// happen to it, answered questions and the results of its effects included.
protocol DashboardScreen: Sendable {
    associatedtype Action
    /// Applies one action; the pure part of the screen.
    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect]
    /// Draws the screen into `area`.
    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid)
}

extension DashboardScreen {
    /// Applies `action` with `context`. The state is moved into the scope and back, not copied,
    /// so a million-row table is never duplicated by a keystroke.
    mutating func update(_ action: Action, in context: inout ScreenContext) -> [Effect] {
        var scope = ScreenScope(state: consume self, context: context)
        let effects = Self.update(&scope, action)
        self = scope.state
        context = scope.context
        return effects
    }

    func render(in area: Rect, context: ScreenContext, into grid: inout Grid) {
        Self.render(ScreenScope(state: self, context: context), in: area, into: &grid)
    }
}
