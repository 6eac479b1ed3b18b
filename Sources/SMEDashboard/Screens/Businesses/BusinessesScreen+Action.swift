import SMEModel
import TerminalUI

extension BusinessesScreen: DashboardScreen {
    /// Everything that can happen on the Businesses screen.
    public enum Action: Hashable, Sendable {
        case list(ListCommand)
        case command(BusinessesCommand)
        /// A key while the search line is open.
        case searchKey(Key)
        case mouse(MouseEvent)
        case answered(Question, DialogAnswer)
    }

    /// The pickers of the Businesses screen.
    public enum Question: ScreenQuestion {
        case region, scale, online, channel, sort, cooperativeSort, cooperativeType, cooperativeActive
        case frequencyColumn, pivotColumn, exportFrequency

        public var question: SMEDashboard.Question { .businesses(self) }
    }

    /// Keys that close the search line and then move in the table as usual.
    static func passesThroughSearch(_ key: Key) -> Bool { [.up, .down, .pageUp, .pageDown].contains(key) }

    static func update(_ scope: inout ScreenScope<Self>, _ action: Action) -> [Effect] {
        switch action {
        case .list(let command) where scope.state.frequency != nil && scope.state.detail == nil: scope.runFrequencyList(command)
        case .answered(.frequencyColumn, .picked(let index)): scope.answerFrequencyColumn(index)
        case .answered(.pivotColumn, .picked(let index)): scope.answerPivotColumn(index)
        case .answered(.exportFrequency, .typed(let path)): return scope.exportFrequency(to: path)
        case .list(let command): scope.runList(command)
        case .command(let command): scope.run(command)
        case .searchKey(let key): scope.handleSearchKey(key)
        case .mouse(let event): scope.handleMouse(event)
        case .answered(let question, .picked(let index)): scope.applyPick(question, index)
        case .answered(.region, .pickedMany(let indices)): scope.applyRegions(indices)
        case .answered: break
        }
        return []
    }

    static func render(_ scope: ScreenScope<Self>, in area: Rect, into grid: inout Grid) {
        scope.renderBusinesses(in: area, into: &grid)
    }
}
