import SMEModel
import SMEReportRequest
import TerminalUI

extension ScreenScope where State == BusinessesScreen {
    /// The columns the list on screen can be counted by.
    var frequencyDimensions: [FrequencyDimension] {
        state.isShowingCooperatives ? FrequencyDimension.cooperatives : FrequencyDimension.businesses
    }

    /// Shift+F: the first column to count by, or (with a view open) the second one for a pivot.
    mutating func askFrequencyColumn() {
        let all = frequencyDimensions
        if let view = state.frequency {
            let others = all.filter { $0 != view.table.dimensions[0] }
            pick(BusinessesScreen.Question.pivotColumn, title: Localized(id: "Pivot: kolom kedua", en: "Pivot: second column"),
                 options: [Localized(id: "Tanpa pivot", en: "No pivot")] + others.map(\.title),
                 selection: view.table.dimensions.count > 1 ? (others.firstIndex(of: view.table.dimensions[1]) ?? -1) + 1 : 1)
        } else {
            pick(BusinessesScreen.Question.frequencyColumn, title: Localized(id: "Hitung menurut kolom", en: "Count by column"),
                 options: all.map(\.title))
        }
    }

    mutating func answerFrequencyColumn(_ index: Int) {
        guard let dimension = frequencyDimensions[safe: index] else { return }
        openFrequency([dimension])
    }

    mutating func answerPivotColumn(_ index: Int) {
        guard let view = state.frequency else { return }
        let others = frequencyDimensions.filter { $0 != view.table.dimensions[0] }
        openFrequency([view.table.dimensions[0]] + (index == 0 ? [] : others[safe: index - 1].map { [$0] } ?? []))
    }

    /// Counts the rows the list shows now, with its filters, search and drill applied.
    private mutating func openFrequency(_ dimensions: [FrequencyDimension]) {
        let cooperatives = state.isShowingCooperatives
        let table = cooperatives ? FrequencyTable.cooperatives(data.registry, rows: Array(state.rows), by: dimensions)
            : FrequencyTable.businesses(data.registry, rows: Array(state.rows), by: dimensions)
        var view = FrequencyView(table: table, subject: cooperatives ? .cooperatives : .businesses)
        if let old = state.frequency { view.byCount = old.byCount }
        state.frequency = view
    }

    /// Keys in the frequency view: move, ←/→ between pivot columns, Enter drills, Esc closes.
    mutating func runFrequencyList(_ command: ListCommand) {
        guard var view = state.frequency else { return }
        if view.move(command, page: businessesPageSize - 1) {
            state.frequency = view
        } else if command == .open {
            drill(into: view)
        } else {
            state.frequency = nil
        }
    }

    /// Enter: the list narrowed to the selected row's records (and the pivot column's).
    private mutating func drill(into view: FrequencyView) {
        let filters = view.drill
        guard !filters.isEmpty else { return }
        state.drill = state.drill.filter { old in !filters.contains { $0.dimension == old.dimension } } + filters
        state.frequency = nil
        state.selection = 0
        state.offset = 0
        state.recompute(data)
        status = .info(Localized(id: "\(numbers.integer(state.rows.count)) data: " + filters.map { $0.label(.id) }.joined(separator: ", ") + " (x menghapus)",
                                 en: "\(numbers.integer(state.rows.count)) records: " + filters.map { $0.label(.en) }.joined(separator: ", ") + " (x clears)"))
    }

    /// E in the view: asks where to write it, as XLSX, CSV or any report format by the extension.
    mutating func askFrequencyExport() {
        guard let view = state.frequency else {
            status = .info(FrequencyView.openFirst)
            return
        }
        askExport(view, BusinessesScreen.Question.exportFrequency)
    }

    mutating func exportFrequency(to typed: String) -> [Effect] {
        guard let view = state.frequency else { return [] }
        return exportEffect(view, to: typed, filters: state.isFiltered ? filterParts.joined(separator: " · ") : nil)
    }
}
