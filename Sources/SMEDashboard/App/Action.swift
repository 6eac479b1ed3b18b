import SMEModel
import TerminalUI

/// Names what a modal was opened for, so its answer reaches the right screen code
/// (`name` such as "region"; `detail` carries an item key or a path when needed).
public struct ModalTag: Hashable, Sendable {
    public var name: String
    public var detail: String

    public init(_ name: String, _ detail: String = "") {
        self.name = name
        self.detail = detail
    }
}

/// Everything that can happen to the dashboard: keys, and the results of effects the runner
/// performed. `update` turns actions into state changes and effects.
public enum Action: Hashable, Sendable {
    case key(Key)
    case command(Command)
    case resized(Size)
    case picked(ModalTag, index: Int)
    case prompted(ModalTag, text: String)
    case confirmed(ModalTag, choice: Int)
    case checklistSaved(ChecklistFile)
    case checklistReloaded(ChecklistFile)
    case assessmentSaved(AssessmentFile)
    case saveFailed(path: String, message: Localized, isConflict: Bool)
    case reloadFailed(path: String, message: Localized)
    case exported(path: String, bytes: Int)
    case exportFailed(message: Localized)
    /// The export's file exists and the job did not allow replacing it; the Export screen asks.
    case exportTargetExists(ExportJob)
    case signal(TerminalSignal)
    /// The differences between a recovered copy and its file, for the recovery question.
    case recoveredDifferences(RecoveredCopy, lines: [String])
    /// A recovered copy was kept in its file's place or put aside (or that failed).
    case recoveryDone(RecoveryOutcome)
}

/// What became of a recovered copy, and the file as it now is when it was kept.
public struct RecoveryOutcome: Hashable, Sendable {
    public var message: Localized
    public var isError: Bool
    public var checklist: ChecklistFile?
    public var assessment: AssessmentFile?

    public init(message: Localized, isError: Bool = false, checklist: ChecklistFile? = nil, assessment: AssessmentFile? = nil) {
        self.message = message
        self.isError = isError
        self.checklist = checklist
        self.assessment = assessment
    }
}
