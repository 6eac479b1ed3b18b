import SMEModel
import TerminalUI

/// State of the Export screen.
public struct ExportState: Hashable, Sendable {
    public init(data: DashboardData) {}
}

extension AppState {
    mutating func updateExport(_ action: Action) -> [Effect] { [] }

    func renderExport(in area: Rect, into grid: inout Grid) {}
}
