import SMEModel
import TerminalUI

/// State of the Survey screen.
public struct SurveyState: Hashable, Sendable {
    public init(data: DashboardData) {}
}

extension AppState {
    mutating func updateSurvey(_ action: Action) -> [Effect] { [] }

    func renderSurvey(in area: Rect, into grid: inout Grid) {}
}
