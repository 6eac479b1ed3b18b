import SMEModel
import TerminalUI

/// Everything that can happen to the dashboard: keys and signals from the terminal, commands,
/// dialog answers, and each screen's own actions (the results of its effects among them).
/// `update` routes a screen's action to that screen by its type.
public enum Action: Hashable, Sendable {
    case key(Key)
    case command(Command)
    case resized(Size)
    case signal(TerminalSignal)
    /// A dialog was answered; the question says which screen asked.
    case answered(Question, DialogAnswer)
    case businesses(BusinessesScreen.Action)
    case survey(SurveyScreen.Action)
    case checklists(ChecklistsScreen.Action)
    case assess(AssessScreen.Action)
    case export(ExportScreen.Action)
    case inbox(InboxScreen.Action)
    /// The review inbox changed on disk: the data takes the new batches, then the screen hears.
    /// `changedRegistry` when a batch was accepted: the registry is read again.
    case inboxChanged([ImportEntry], message: Localized, changedRegistry: Bool = false)
    /// The differences between a recovered copy and its file, for the recovery question.
    case recoveredDifferences(RecoveredCopy, lines: [String])
    /// A recovered copy was kept in its file's place or put aside (or that failed).
    case recoveryDone(RecoveryOutcome)
    /// Other officials changed the shared store (heard through LISTEN/NOTIFY).
    case storeChanged([StoreNotice])
    /// The survey, read in the background after the first frame, has arrived.
    case surveyRead(LoadedSurvey)
    /// The survey files could not be read: the reader's message, with the file and line.
    case surveyUnreadable(Localized)
    /// The data folder, read again (Ctrl+O, or after another office's accepted batch).
    case dataReloaded(ReloadedData)
    case dataReloadFailed(Localized)
}

/// Everything the dashboard reads from the data folder at start, read again.
public struct ReloadedData: Hashable, Sendable {
    public var registry: Registry
    public var library: ChecklistLibrary
    public var imports: [ImportEntry]

    public init(registry: Registry, library: ChecklistLibrary, imports: [ImportEntry]) {
        self.registry = registry
        self.library = library
        self.imports = imports
    }

    // The registry is compared whole but hashed by its size: it may hold millions of rows.
    public static func == (a: ReloadedData, b: ReloadedData) -> Bool {
        a.registry == b.registry && a.library == b.library && a.imports == b.imports
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(registry.businesses.count)
        hasher.combine(registry.cooperatives.count)
        hasher.combine(imports)
    }
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
