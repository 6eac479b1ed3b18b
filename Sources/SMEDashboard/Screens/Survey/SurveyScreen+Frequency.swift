import SMEModel

extension ScreenScope where State == SurveyScreen {
    /// The shown wave's responses, as indices into `Registry.responses`.
    var waveResponseRows: [Int] {
        guard let wave = surveyWave else { return [] }
        let responses = data.registry.responses
        return responses.indices.filter { responses[$0].wave == wave.id }
    }

    /// Shift+F: the column to count the wave's responses by, or the second one for a pivot.
    mutating func askResponseColumn() {
        guard surveyWave != nil else { return noSurveyWaves() }
        let all = FrequencyDimension.responses
        if let view = state.frequency {
            let others = all.filter { $0 != view.table.dimensions[0] }
            pick(SurveyScreen.Question.pivotColumn, title: Localized(id: "Pivot: kolom kedua", en: "Pivot: second column"),
                 options: [Localized(id: "Tanpa pivot", en: "No pivot")] + others.map(\.title), selection: 1)
        } else {
            pick(SurveyScreen.Question.frequencyColumn, title: Localized(id: "Hitung jawaban menurut kolom", en: "Count the responses by column"),
                 options: all.map(\.title))
        }
    }

    mutating func answerResponseColumn(_ index: Int, pivot: Bool) {
        let all = FrequencyDimension.responses
        var dimensions: [FrequencyDimension]
        if pivot, let first = state.frequency?.table.dimensions.first {
            let others = all.filter { $0 != first }
            dimensions = [first] + (index == 0 ? [] : others[safe: index - 1].map { [$0] } ?? [])
        } else {
            guard let dimension = all[safe: index] else { return }
            dimensions = [dimension]
        }
        var view = FrequencyView(table: FrequencyTable.responses(data.registry, rows: waveResponseRows, by: dimensions), subject: .responses)
        if let old = state.frequency { view.byCount = old.byCount }
        state.frequency = view
    }

    /// Moves in the view; Enter lists the row's responses (there is no response list to narrow);
    /// Esc closes.
    mutating func runResponseFrequencyList(_ command: ListCommand) {
        guard var view = state.frequency else { return }
        if view.move(command, page: max(bodyArea.height - 4, 1)) {
            state.frequency = view
            return
        }
        guard command == .open else {
            state.frequency = nil
            return
        }
        let filters = view.drill
        guard !filters.isEmpty else { return }
        let responses = data.registry.responses
        let rows = waveResponseRows.filter { row in
            filters.allSatisfy { FrequencyTable.keys(of: responses[row], $0.dimension).contains($0.value.key) }
        }
        func line(_ response: SurveyResponse, _ l: Language) -> String {
            [response.businessID, data.registry.regionName(response.region, l), data.registry.sectorName(response.sector, l),
             Localized(id: "daring ", en: "online ")(l) + response.onlineNow.label(l),
             response.channels.map { $0.label(l) }.joined(separator: ", ")].joined(separator: " · ")
        }
        let shown = rows.prefix(500).map { Localized(id: line(responses[$0], .id), en: line(responses[$0], .en)) }
        let more = rows.count > shown.count
            ? [Localized(id: "… dan \(rows.count - shown.count) lagi (ekspor dengan E untuk semuanya)", en: "… and \(rows.count - shown.count) more (E exports them all)")] : []
        let heading = Localized(id: "\(rows.count) jawaban: " + filters.map { $0.label(.id) }.joined(separator: ", "),
                                en: "\(rows.count) responses: " + filters.map { $0.label(.en) }.joined(separator: ", "))
        context.modals.append(.document(title: heading, lines: shown + more, scroll: 0))
    }
}
