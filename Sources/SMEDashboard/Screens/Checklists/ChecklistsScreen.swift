import SMEModel

/// State of the SOP checklists screen: the templates on the left, the selected template's items
/// on the right, each template with its own undo history.
public struct ChecklistsScreen: Hashable, Sendable {
    public enum Focus: Hashable, Sendable { case templates, items }

    /// Templates in sector order (the registry's order, then by file).
    public var documents: [ChecklistDocument]
    /// Index of the template shown on the right.
    public var current: Int = 0
    public var focus: Focus = .items
    /// Copies being saved under a new name after a conflict: new path → the path they came from.
    public var savingCopies: [String: String] = [:]
    /// The versions listed by H, while the two to compare are chosen.
    public var history: VersionHistory<Checklist>?

    public init(data: DashboardData) {
        let order = Dictionary(data.registry.sectors.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        documents = data.library.templates
            .sorted { a, b in
                let x = order[a.checklist.sector] ?? Int.max, y = order[b.checklist.sector] ?? Int.max
                return x != y ? x < y : a.path < b.path
            }
            .map(ChecklistDocument.init(file:))
    }

    public var currentDocument: ChecklistDocument? {
        documents.indices.contains(current) ? documents[current] : nil
    }

    public func index(ofPath path: String) -> Int? {
        documents.firstIndex { $0.path == path }
    }

    /// Undo past the last save is allowed, and then the document is modified again. A document
    /// with no file yet (a copy being saved) is modified.
    public func isModified(_ document: ChecklistDocument, in data: DashboardData) -> Bool {
        data.savedTemplate(at: document.path)?.checklist != document.checklist
    }

    public func isModified(in data: DashboardData) -> Bool { documents.contains { isModified($0, in: data) } }

    /// One line for the quit question: which template files hold unsaved edits.
    public func unsavedSummary(in data: DashboardData) -> Localized {
        let modified = documents.filter { isModified($0, in: data) }
        let id = modified.map { "\($0.fileName) (revisi \($0.checklist.revision))" }.joined(separator: ", ")
        let en = modified.map { "\($0.fileName) (revision \($0.checklist.revision))" }.joined(separator: ", ")
        return Localized(id: "SOP belum disimpan: \(id)", en: "Unsaved SOP templates: \(en)")
    }

    /// The safe save of `document`, expecting the file as it was loaded, so a file someone else
    /// changed is never overwritten. A published revision about to be replaced by a new one is
    /// archived first, so assessments that pinned it keep their scores.
    public func saveEffect(_ document: ChecklistDocument, in data: DashboardData) -> Effect {
        let saved = data.savedTemplate(at: document.path)
        let archiving = saved.flatMap { file in
            file.checklist.status == .published && file.checklist.revision != document.checklist.revision ? file.checklist : nil
        }
        return .saveChecklist(path: document.path, checklist: document.checklist, expecting: saved?.stamp, archiving: archiving)
    }

    /// Safe-save effects for every modified template.
    public func saveEffects(in data: DashboardData) -> [Effect] {
        documents.filter { isModified($0, in: data) }.map { saveEffect($0, in: data) }
    }
}
