import SMEModel

/// What the dashboard shows: the registry (read-only while running) and the checklist library
/// (changed by saves), with the derived per-business scores kept in step.
public struct DashboardData: Sendable {
    public var folder: DataFolder
    public let registry: Registry
    public private(set) var library: ChecklistLibrary
    /// Latest SOP score per business, aligned with `registry.businesses`.
    public private(set) var scores: [Double?]

    public init(folder: DataFolder, registry: Registry, library: ChecklistLibrary) {
        self.folder = folder
        self.registry = registry
        self.library = library
        self.scores = library.latestScores(for: registry)
    }

    /// Records a template saved (or reloaded) from `file.path`.
    public mutating func store(_ file: ChecklistFile) {
        if let index = library.templates.firstIndex(where: { $0.path == file.path }) {
            library.templates[index] = file
        } else {
            library.templates.append(file)
        }
        scores = library.latestScores(for: registry)
    }

    /// Records an assessment saved to `file.path`.
    public mutating func store(_ file: AssessmentFile) {
        if let index = library.assessments.firstIndex(where: { $0.path == file.path }) {
            library.assessments[index] = file
        } else {
            library.assessments.append(file)
        }
        scores = library.latestScores(for: registry)
    }
}
