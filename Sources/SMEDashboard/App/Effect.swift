import SMEModel
import SMEReportRequest

/// Work `update` asks the runner to do; the runner is the only code that touches disk or
/// terminal, and reports back with an `Action`.
public enum Effect: Hashable, Sendable {
    /// Safe save; `expecting` nil means a new file that must not exist yet. `archiving` is the
    /// published revision on disk that the save replaces: it is kept under `sop/revisions/` first.
    case saveChecklist(path: String, checklist: Checklist, expecting: FileStamp?, archiving: Checklist?)
    case saveAssessment(path: String, assessment: Assessment, expecting: FileStamp?)
    /// Read a template again from disk (after someone else changed it).
    case reloadChecklist(path: String)
    /// Render `request` and write it to `path`; an existing file is replaced only when
    /// `replacing` (the user said so), otherwise the screen is asked to ask.
    case export(ReportRequest, path: String, replacing: Bool)
    /// Unsaved work recovered at an earlier signal: show how it differs, keep it, or put it aside.
    case compareRecovered(RecoveredCopy)
    case keepRecovered(RecoveredCopy)
    case discardRecovered(RecoveredCopy)
    /// The review inbox: decide a duplicate candidate, accept a batch, return one with a note.
    case decideImport(batch: String, row: Int, ImportedRow.Decision)
    /// Copy the chosen fields of a duplicate row onto the registry business when accepted.
    case mergeImport(batch: String, row: Int, into: String, fields: [String])
    case acceptImport(batch: String, by: String)
    case returnImport(batch: String, note: String, by: String)
    /// Open a written file with the desktop's application (xdg-open), not waiting for it.
    case openFile(path: String)
    /// Put the text on the clipboard through the terminal (OSC 52).
    case copy(String)
    /// Read the saved versions of a template (file, `.history/`, published revisions).
    case loadChecklistHistory(path: String)
    /// Read the saved versions of these assessment files.
    case loadAssessmentHistory(paths: [String])
    /// Read the data folder again in the background (pulling a shared store first); the result
    /// comes back as `.dataReloaded` or `.dataReloadFailed`.
    case reloadData
    case redraw
    case suspend
    case quit
}
