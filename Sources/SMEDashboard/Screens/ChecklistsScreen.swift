import SMEModel
import TerminalUI

/// State of the Checklists screen.
public struct ChecklistsState: Hashable, Sendable {
    public init(data: DashboardData) {}

    public var isModified: Bool { false }
    public var unsavedSummary: Localized { Localized("") }

    /// Safe-save effects for everything unsaved.
    public func saveEffects(data: DashboardData) -> [Effect] { [] }
}

extension AppState {
    mutating func updateChecklists(_ action: Action) -> [Effect] { [] }

    func renderChecklists(in area: Rect, into grid: inout Grid) {}
}
