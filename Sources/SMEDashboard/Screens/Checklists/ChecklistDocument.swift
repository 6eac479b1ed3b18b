import SMEModel

/// One SOP template open in the editor: the working copy and the undo and redo stacks of whole
/// snapshots (a checklist is small, and snapshots make undo exact). The version on disk and its
/// stamp live once, in the dashboard's data (`DashboardData.savedTemplate(at:)`).
public struct ChecklistDocument: Hashable, Sendable {
    /// Snapshots kept for undo; older ones are dropped.
    public static let undoLimit = 200

    public var path: String
    public var checklist: Checklist
    public var undoStack: [Checklist] = []
    public var redoStack: [Checklist] = []
    /// Index of the selected item in `checklist.items`.
    public var selection: Int = 0
    /// First visible row of the item list.
    public var offset: Int = 0

    public init(path: String, checklist: Checklist) {
        self.path = path
        self.checklist = checklist
    }

    public init(file: ChecklistFile) {
        self.init(path: file.path, checklist: file.checklist)
    }

    public var selectedItem: ChecklistItem? {
        let items = checklist.items
        return items.indices.contains(selection) ? items[selection] : nil
    }

    /// The file name without its folder, such as `food.json`.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Replaces the working copy, remembering the old one for undo. An unchanged checklist is not
    /// recorded, so a no-op edit needs no undo step.
    public mutating func record(_ new: Checklist) {
        guard new != checklist else { return }
        undoStack.append(checklist)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack = []
        checklist = new
    }

    /// Steps back one snapshot; false when there is nothing to undo.
    public mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        let key = selectedItem?.key
        redoStack.append(checklist)
        checklist = previous
        reselect(key)
        return true
    }

    /// Steps forward again; false when there is nothing to redo.
    public mutating func redo() -> Bool {
        guard let next = redoStack.popLast() else { return false }
        let key = selectedItem?.key
        undoStack.append(checklist)
        checklist = next
        reselect(key)
        return true
    }

    /// Selects the item with this key, or keeps the position (within range) when it is gone.
    public mutating func reselect(_ key: String?) {
        let items = checklist.items
        if let key, let index = items.firstIndex(where: { $0.key == key }) {
            selection = index
        } else {
            selection = min(max(selection, 0), max(items.count - 1, 0))
        }
    }
}
