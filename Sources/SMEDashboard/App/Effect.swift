import SMEModel

/// Work `update` asks the runner to do; the runner is the only code that touches disk or
/// terminal, and reports back with an `Action`.
public enum Effect: Hashable, Sendable {
    /// Safe save; `expecting` nil means a new file that must not exist yet. `archiving` is the
    /// published revision on disk that the save replaces: it is kept under `sop/revisions/` first.
    case saveChecklist(path: String, checklist: Checklist, expecting: FileStamp?, archiving: Checklist?)
    case saveAssessment(path: String, assessment: Assessment, expecting: FileStamp?)
    /// Read a template again from disk (after someone else changed it).
    case reloadChecklist(path: String)
    case export(ExportJob)
    /// Unsaved work recovered at an earlier signal: show how it differs, keep it, or put it aside.
    case compareRecovered(RecoveredCopy)
    case keepRecovered(RecoveredCopy)
    case discardRecovered(RecoveredCopy)
    case redraw
    case suspend
    case quit
}

/// An export the Export screen asks for; the runner renders and writes it.
public struct ExportJob: Hashable, Sendable {
    public var report: String
    public var format: String
    public var path: String
    public var options: [String: String]
    public var overwrite: Bool

    public init(report: String, format: String, path: String, options: [String: String] = [:], overwrite: Bool = false) {
        self.report = report
        self.format = format
        self.path = path
        self.options = options
        self.overwrite = overwrite
    }
}
