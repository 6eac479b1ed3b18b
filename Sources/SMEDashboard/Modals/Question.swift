import SMEModel

/// What a dialog asks, typed by the screen that asked: its answer goes back to that screen with
/// the question, so nothing is parsed back out of strings.
public enum Question: Hashable, Sendable {
    case app(AppQuestion)
    case businesses(BusinessesScreen.Question)
    case survey(SurveyScreen.Question)
    case checklists(ChecklistsScreen.Question)
    case assess(AssessScreen.Question)
    case export(ExportScreen.Question)
    case inbox(InboxScreen.Question)

    /// Text typed here becomes part of a checklist or an assessment, so a quit signal applies it
    /// before saving; search lines, file names and filters only steer the dashboard.
    public var keepsTypedText: Bool {
        switch self {
        case .checklists(let question): question.keepsTypedText
        case .assess(let question): question.keepsTypedText
        case .app, .businesses, .survey, .export, .inbox: false
        }
    }
}

/// Questions the dashboard itself asks.
public enum AppQuestion: Hashable, Sendable {
    /// Unsaved changes at quit.
    case quit
    /// A copy kept at an earlier signal (see `RecoveredCopy`).
    case recovered(path: String)
    /// May copying go through the terminal (asked once, remembered)?
    case allowCopy(text: String)
    /// Another office changed the shared store: read the data again now?
    case reloadData
}

/// A dialog's answer.
public enum DialogAnswer: Hashable, Sendable {
    /// The index of the chosen option of a picker (in the full list, not the filtered one).
    case picked(Int)
    /// The marked options of a picker that allows several (indices in the full list).
    case pickedMany(Set<Int>)
    /// What was typed into a prompt.
    case typed(String)
    /// The button pressed in a question.
    case chose(DialogChoice)
}

/// What a question's button means. Buttons carry these values, so an answer never depends on
/// the order the buttons were drawn in.
public enum DialogChoice: Hashable, Sendable {
    case confirm, cancel
    case saveAndQuit, discardAndQuit
    case reload, saveCopy, saveNewFile
    case replace
    case compare, keep, discard, later
}

/// One button of a question.
public struct DialogButton: Hashable, Sendable {
    public var label: Localized
    public var choice: DialogChoice

    public init(_ label: Localized, _ choice: DialogChoice) {
        self.label = label
        self.choice = choice
    }

    public static let cancel = DialogButton(Localized(id: "Batal", en: "Cancel"), .cancel)
}

/// A screen's own question type, wrapped into `Question` when its dialog opens.
protocol ScreenQuestion: Hashable, Sendable {
    var question: Question { get }
}
