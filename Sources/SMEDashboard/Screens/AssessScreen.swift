import SMEModel
import TerminalUI

/// State of the Assess screen.
public struct AssessState: Hashable, Sendable {
    public init(data: DashboardData) {}

    public var isModified: Bool { false }
    public var unsavedSummary: Localized { Localized("") }

    /// Safe-save effects for everything unsaved.
    public func saveEffects(data: DashboardData) -> [Effect] { [] }
}

extension AppState {
    mutating func updateAssess(_ action: Action) -> [Effect] { [] }

    func renderAssess(in area: Rect, into grid: inout Grid) {}
}
