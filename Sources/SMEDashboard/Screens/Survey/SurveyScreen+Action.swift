import SMEModel
import TerminalUI

extension SurveyScreen: DashboardScreen {
    /// Everything that can happen on the Survey screen.
    public enum Action: Hashable, Sendable {
        case list(ListCommand)
        case command(SurveyCommand)
        case mouse(MouseEvent)
        case answered(Question, DialogAnswer)
    }

    /// The pickers of the Survey screen.
    public enum Question: ScreenQuestion {
        case wave, breakdown, compare
        case frequencyColumn, pivotColumn, exportFrequency

        public var question: SMEDashboard.Question { .survey(self) }
    }

    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect] {
        switch action {
        case .list(let command) where scope.state.frequency != nil: scope.runResponseFrequencyList(command)
        case .command(let command) where scope.state.frequency != nil && command != .frequency && command != .exportView:
            scope.status = .info(FrequencyView.closeFirst)
        case .answered(.frequencyColumn, .picked(let index)): scope.answerResponseColumn(index, pivot: false)
        case .answered(.pivotColumn, .picked(let index)): scope.answerResponseColumn(index, pivot: true)
        case .answered(.exportFrequency, .typed(let path)):
            guard let view = scope.state.frequency else { return [] }
            return scope.exportEffect(view, to: path, filters: scope.surveyWave.map { Localized(id: "gelombang \($0.id)", en: "wave \($0.id)")(scope.language) })
        case .list(let command): scope.runList(command)
        case .command(let command): scope.run(command)
        case .mouse(let event): scope.handleMouse(event)
        case .answered(let question, .picked(let index)): scope.applyPick(question, index)
        case .answered: break
        }
        return []
    }

    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid) {
        scope.renderSurvey(in: area, into: &grid)
    }
}
