import SMEModel

/// State of the SOP checklists screen: the templates on the left, the selected template's items
/// on the right, each template with its own undo history.
public struct ChecklistsState: Hashable, Sendable {
    public enum Focus: Hashable, Sendable { case templates, items }

    /// Templates in sector order (the registry's order, then by file).
    public var documents: [ChecklistDocument]
    /// Index of the template shown on the right.
    public var current: Int = 0
    public var focus: Focus = .items
    /// Copies being saved under a new name after a conflict: new path → the path they came from.
    public var savingCopies: [String: String] = [:]

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

    public var isModified: Bool { documents.contains(where: \.isModified) }

    /// One line for the quit question: which template files hold unsaved edits.
    public var unsavedSummary: Localized {
        let modified = documents.filter(\.isModified)
        let id = modified.map { "\($0.fileName) (revisi \($0.checklist.revision))" }.joined(separator: ", ")
        let en = modified.map { "\($0.fileName) (revision \($0.checklist.revision))" }.joined(separator: ", ")
        return Localized(id: "SOP belum disimpan: \(id)", en: "Unsaved SOP templates: \(en)")
    }

    /// Safe-save effects for every modified template, each expecting the file as it was loaded,
    /// so a file someone else changed is never overwritten.
    public func saveEffects(data: DashboardData) -> [Effect] {
        documents.filter(\.isModified).map { .saveChecklist(path: $0.path, checklist: $0.checklist, expecting: $0.stamp) }
    }
}
