import SMEModel
import TerminalUI

extension ChecklistsScreen: DashboardScreen {
    /// Everything that can happen on the SOP screen, the results of its saves included.
    public enum Action: Hashable, Sendable {
        case list(ListCommand)
        case edit(EditCommand)
        case command(ChecklistsCommand)
        case mouse(MouseEvent)
        case answered(Question, DialogAnswer)
        /// The template was saved (the dashboard's data already holds it).
        case saved(ChecklistFile)
        /// The template was read again from disk (the data already holds it).
        case reloaded(ChecklistFile)
        case saveFailed(SaveFailure)
        case reloadFailed(path: String, message: Localized)
        /// The template's saved versions, read for the history question.
        case history([ChecklistVersion])
    }

    /// The prompts and questions of the SOP screen.
    public enum Question: ScreenQuestion {
        /// A new item's Indonesian text, then its English text.
        case addIndonesian
        case addEnglish(indonesian: String)
        case editText(itemKey: String, english: Bool)
        case delete(itemKey: String)
        /// A published template is read-only: start the next revision, then run the command.
        case startRevision(then: ChecklistsCommand)
        case newRevision
        case publish
        case historyFrom
        case historyTo
        /// The file name of a copy of `original` under `sop/drafts/`.
        case copyName(original: String)
        /// Someone else changed `path`: reload, save a copy, or keep editing.
        case conflict(path: String)

        public var question: SMEDashboard.Question { .checklists(self) }

        var keepsTypedText: Bool {
            switch self {
            case .addIndonesian, .addEnglish, .editText: true
            case .delete, .startRevision, .newRevision, .publish, .copyName, .conflict, .historyFrom, .historyTo: false
            }
        }
    }

    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect] {
        switch action {
        case .list(let command): return scope.runList(command)
        case .edit(let command): return scope.runEdit(command)
        case .command(let command): return scope.run(command)
        case .mouse(let event): scope.handleChecklistsMouse(event)
        case .answered(.historyFrom, .picked(let index)): scope.answerHistoryFrom(index)
        case .answered(.historyTo, .picked(let index)): scope.answerHistoryTo(index)
        case .history(let versions): scope.showHistory(versions)
        case .answered(let question, .typed(let text)): return scope.answerPrompt(question, text)
        case .answered(let question, .chose(let choice)): return scope.answerQuestion(question, choice)
        case .answered: break
        case .saved(let file): return scope.checklistSaved(file)
        case .reloaded(let file): scope.checklistReloaded(file)
        case .saveFailed(let failure): scope.checklistSaveFailed(failure)
        case .reloadFailed(let path, let message):
            scope.status = .error(Localized(id: "Gagal memuat ulang \(scope.displayPath(path))",
                                            en: "Could not reload \(scope.displayPath(path))"))
            scope.showMessage(Localized(id: "Gagal memuat ulang", en: "Could not reload"), [
                message,
                Localized(id: "Suntingan Anda masih ada dan belum disimpan.", en: "Your edits are still here, unsaved."),
            ])
        }
        return []
    }

    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid) {
        scope.renderChecklists(in: area, into: &grid)
    }
}

/// A save the performer could not make: which file, why, and whether someone else changed it
/// (then the user chooses what to do) or it is a problem to fix (permissions, disk).
public struct SaveFailure: Hashable, Sendable {
    public var path: String
    public var message: Localized
    public var isConflict: Bool
    /// Who got there first, when the shared store says (a folder cannot).
    public var storeDetail: Localized?

    public init(path: String, message: Localized, isConflict: Bool, storeDetail: Localized? = nil) {
        self.path = path
        self.message = message
        self.isConflict = isConflict
        self.storeDetail = storeDetail
    }
}
