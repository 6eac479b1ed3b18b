import SMEModel
import TerminalUI

extension AssessScreen: DashboardScreen {
    /// Everything that can happen on the Assess screen, the results of its saves included.
    public enum Action: Hashable, Sendable {
        case list(ListCommand)
        case edit(EditCommand)
        case command(AssessCommand)
        case mouse(MouseEvent)
        case answered(Question, DialogAnswer)
        /// Start assessing this business (an index into the registry), asking first when answers
        /// would be lost.
        case start(business: Int)
        /// The assessment was saved (the dashboard's data already holds it).
        case saved(AssessmentFile)
        case saveFailed(SaveFailure)
        /// The saved versions of the business's assessment files, read for the history question.
        case history([AssessmentVersion])
    }

    /// The pickers, prompts and questions of the Assess screen.
    public enum Question: ScreenQuestion {
        case business
        /// One of this business's saved assessments, newest first.
        case saved(businessID: String)
        case answer(itemKey: String)
        case number(itemKey: String)
        case text(itemKey: String)
        case note(itemKey: String)
        case action(itemKey: String)
        /// The due date of the corrective action `action` just typed.
        case dueDate(itemKey: String, action: String)
        case assessorName(thenSave: Bool)
        case assessorNIP(name: String, thenSave: Bool)
        case assessorRank(name: String, nip: String?, thenSave: Bool)
        /// The berita acara's visit details, asked one after another: time, address, person in charge.
        case visitTime
        case visitAddress
        case personInCharge
        /// Unsaved answers would be lost by starting on another business.
        case discard(startWith: Int)
        case conflict(path: String)
        case historyFrom
        case historyTo

        public var question: SMEDashboard.Question { .assess(self) }

        var keepsTypedText: Bool {
            switch self {
            case .number, .text, .note, .action, .dueDate, .assessorName, .assessorNIP, .assessorRank, .visitTime, .visitAddress,
                 .personInCharge: true
            case .business, .saved, .answer, .discard, .conflict, .historyFrom, .historyTo: false
            }
        }
    }

    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect] {
        switch action {
        case .list(let command): return scope.runList(command)
        case .edit(let command): return scope.runEdit(command)
        case .command(let command): return scope.run(command)
        case .mouse(let event): scope.handleAssessMouse(event)
        case .answered(.historyFrom, .picked(let index)): scope.answerAssessmentHistoryFrom(index)
        case .answered(.historyTo, .picked(let index)): scope.answerAssessmentHistoryTo(index)
        case .answered(let question, .picked(let index)): scope.answerPick(question, index)
        case .answered(_, .pickedMany): break
        case .history(let versions): scope.showAssessmentHistory(versions)
        case .answered(let question, .typed(let text)): return scope.answerPrompt(question, text)
        case .answered(let question, .chose(let choice)): return scope.answerQuestion(question, choice)
        case .start(let business): scope.requestAssessment(of: business)
        case .saved(let file): scope.assessmentSaved(file)
        case .saveFailed(let failure): scope.assessmentSaveFailed(failure)
        }
        return []
    }

    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid) {
        scope.renderAssess(in: area, into: &grid)
    }
}
