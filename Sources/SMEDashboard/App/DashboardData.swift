import SMEModel

/// What the dashboard shows: the registry (read-only while running) and the checklist library,
/// which is the one record of what is on disk (each template and assessment with its stamp),
/// with the derived per-business scores kept in step.
public struct DashboardData: Sendable, Equatable {
    public var folder: DataFolder
    public private(set) var registry: Registry
    /// Whether the survey is in `registry` yet: the dashboard reads it after its first frame.
    public private(set) var survey: SurveyLoad = .loaded
    public private(set) var library: ChecklistLibrary
    /// Latest SOP score per business, aligned with `registry.businesses`.
    public private(set) var scores: RowScores
    /// The review inbox's batches with their rows, newest first.
    public var imports: [ImportEntry] = []
    /// Businesses per weighting cell, counted once: the registry does not change while running.
    let surveyPopulations = SurveyPopulationCache()
    let cooperativeKeys = CooperativeSearchKeys()

    public init(folder: DataFolder, registry: Registry, library: ChecklistLibrary) {
        self.folder = folder
        self.registry = registry
        self.library = library
        self.scores = library.latestScores(for: registry)
    }

    /// A dashboard whose survey is still being read; `receiveSurvey` or `surveyFailed` follows.
    public mutating func awaitSurvey() {
        survey = .loading
    }

    public mutating func receiveSurvey(_ loaded: LoadedSurvey) {
        registry = registry.withSurvey(waves: loaded.waves, responses: loaded.responses)
        survey = .loaded
    }

    public mutating func surveyFailed(_ message: Localized) {
        survey = .failed(message)
    }

    /// The template file as last loaded or saved at `path`.
    public func savedTemplate(at path: String) -> ChecklistFile? {
        library.templates.first { $0.path == path }
    }

    /// The assessment file as last loaded or saved at `path`.
    public func savedAssessment(at path: String) -> AssessmentFile? {
        library.assessments.first { $0.path == path }
    }

    /// Records a template saved (or reloaded) from `file.path`. Only the businesses assessed
    /// with that template can change score.
    public mutating func store(_ file: ChecklistFile) {
        if let index = library.templates.firstIndex(where: { $0.path == file.path }) {
            library.templates[index] = file
        } else {
            library.templates.append(file)
        }
        let key = file.checklist.key
        refreshScores(of: Set(library.assessments.filter { $0.assessment.templateKey == key }.map(\.assessment.businessID)))
    }

    /// Records an assessment saved to `file.path`.
    public mutating func store(_ file: AssessmentFile) {
        if let index = library.assessments.firstIndex(where: { $0.path == file.path }) {
            library.assessments[index] = file
        } else {
            library.assessments.append(file)
        }
        refreshScores(of: [file.assessment.businessID])
    }

    private mutating func refreshScores(of ids: Set<String>) {
        guard !ids.isEmpty else { return }
        for (id, score) in library.latestScores(ofBusinesses: ids) {
            if let row = registry.businessIndex(id) { scores[row] = score }
        }
    }

    /// A path as users know it: from the data folder's own name on (`data/sop/food.json`).
    public func displayPath(_ path: String) -> String {
        var root = folder.root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        guard path.hasPrefix(root + "/") else { return path }
        let name = root.split(separator: "/").last.map(String.init) ?? root
        return name + "/" + path.dropFirst(root.count + 1)
    }
}

/// One batch of the review inbox with its checked rows.
public struct ImportEntry: Hashable, Sendable {
    public var batch: ImportBatch
    public var rows: [ImportedRow]
    /// A survey batch's answers (its `rows` are empty).
    public var responses: [ImportedResponse]

    public init(batch: ImportBatch, rows: [ImportedRow], responses: [ImportedResponse] = []) {
        self.batch = batch
        self.rows = rows
        self.responses = responses
    }

    /// The newest accepted registry batch, with what it added or changed.
    public static func lastAccepted(_ entries: [ImportEntry]) -> ImportEntry? {
        entries.filter { $0.batch.state == .accepted && !$0.batch.isSurvey && $0.batch.applied != nil }
            .max { ($0.batch.decidedAt ?? "") < ($1.batch.decidedAt ?? "") }
    }

    /// Every batch of a data folder's inbox (reads files: for the runner and start-up only).
    public static func all(in folder: DataFolder) -> [ImportEntry] {
        let inbox = ImportInbox(folder: folder)
        return inbox.list().compactMap { batch in
            (try? inbox.load(batch.id)).map { loaded in
                ImportEntry(batch: loaded.batch, rows: loaded.rows,
                            responses: loaded.batch.isSurvey ? (try? inbox.loadResponses(batch.id)) ?? [] : [])
            }
        }
    }
}

/// Where the dashboard's survey stands.
public enum SurveyLoad: Hashable, Sendable {
    case loaded
    case loading
    /// It could not be read: the reader's message, with the file and line.
    case failed(Localized)
}

/// The survey waves and responses read in the background.
public struct LoadedSurvey: Hashable, Sendable {
    public var waves: [SurveyWave]
    public var responses: [SurveyResponse]

    public init(waves: [SurveyWave], responses: [SurveyResponse]) {
        self.waves = waves
        self.responses = responses
    }
}
